#pragma once
// Runs a shell command (the pacte binary in CLI tests) and returns its exit code and its
// standard output and error together.

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace pacte::testing {

struct CliRun {
  int code;
  std::string output;
};

inline CliRun Shell(const std::string& command) {
  std::string out;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  std::array<char, 4096> buf{};
  while (auto n = fread(buf.data(), 1, buf.size(), pipe)) out.append(buf.data(), n);
  int status = pclose(pipe);
  return CliRun{WEXITSTATUS(status), out};
}

}  // namespace pacte::testing
