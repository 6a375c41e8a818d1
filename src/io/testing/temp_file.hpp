#pragma once
// Test helper of the io readers: a file under the system temp dir, written at construction
// and removed at destruction. Its name carries a prefix, the process id and the given name,
// so that parallel test processes never share it.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace pacte::io::testing {

class TempFile {
 public:
  TempFile(const std::string& prefix, const std::string& name, const std::string& content)
      : path_(std::filesystem::temp_directory_path() /
              (prefix + std::to_string(::getpid()) + "-" + name)) {
    std::ofstream(path_, std::ios::binary) << content;
  }
  ~TempFile() { std::filesystem::remove(path_); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace pacte::io::testing
