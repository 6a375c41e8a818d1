// The `pacte` executable as an operator runs it: verbs, configuration errors, graceful stop.

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "support/test_server.hpp"

namespace pacte::testing {
namespace {

struct Run {
  int code;
  std::string output;
};

// Runs a shell command line and captures stdout+stderr.
Run Shell(const std::string& command) {
  std::string out;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  std::array<char, 4096> buf{};
  while (auto n = fread(buf.data(), 1, buf.size(), pipe)) out.append(buf.data(), n);
  int status = pclose(pipe);
  return Run{WEXITSTATUS(status), out};
}

std::string TempDb(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / "pacte-tests";
  std::filesystem::create_directories(dir);
  auto path = dir / (name + std::to_string(getpid()) + ".db");
  std::filesystem::remove(path);
  return path.string();
}

const std::string kEnv = "PACTE_SECRET_KEY=process-test-secret-key-0123456789abcdef ";

TEST(Process, HelpListsTheVerbs) {
  auto r = Shell(std::string(PACTE_BINARY) + " --help");
  EXPECT_EQ(r.code, 0);
  for (const char* verb : {"serve", "migrate", "demo", "agent", "token", "audit", "version"}) {
    EXPECT_NE(r.output.find(verb), std::string::npos) << verb;
  }
}

TEST(Process, MissingSecretKeyIsAClearFrenchError) {
  auto r = Shell("env -u PACTE_SECRET_KEY PACTE_DATABASE=" + TempDb("nokey") + " " +
                 PACTE_BINARY + " migrate");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.output.find("clé secrète"), std::string::npos) << r.output;
}

TEST(Process, MigrateIsIdempotent) {
  std::string db = TempDb("migrate");
  auto cmd = kEnv + "PACTE_DATABASE=" + db + " " + PACTE_BINARY + " migrate";
  EXPECT_EQ(Shell(cmd).code, 0);
  auto again = Shell(cmd);
  EXPECT_EQ(again.code, 0);
  EXPECT_NE(again.output.find("schéma à jour"), std::string::npos);
}

TEST(Process, StopsGracefullyOnSigterm) {
  std::string db = TempDb("serve");
  unsigned short port = 0;
  {
    // Find a free port by binding the test server briefly.
    TestServer probe;
    port = probe.port();
  }
  pid_t pid = fork();
  if (pid == 0) {
    setenv("PACTE_SECRET_KEY", "process-test-secret-key-0123456789abcdef", 1);
    setenv("PACTE_DATABASE", db.c_str(), 1);
    setenv("PACTE_LISTEN", ("127.0.0.1:" + std::to_string(port)).c_str(), 1);
    setenv("PACTE_LOG_LEVEL", "warn", 1);
    execl(PACTE_BINARY, PACTE_BINARY, "serve", static_cast<char*>(nullptr));
    _exit(127);
  }
  bool up = false;
  for (int i = 0; i < 200 && !up; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    try {
      up = Send(port, ClientRequest{"GET", "/healthz", {}, ""}).status == 200;
    } catch (const std::exception&) {
    }
  }
  ASSERT_TRUE(up) << "le serveur n'a pas démarré";
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

}  // namespace
}  // namespace pacte::testing
