#pragma once
// Port: the files an import reads. An uploaded file is kept under the import folder
// (Settings::import_dir) until its job has run; a file given to the CLI is read where it is.
// Either way the import journal records its size and SHA-256 (same file twice = same hash).

#include <cstdint>
#include <string>
#include <string_view>

#include "domain/common/error.hpp"

namespace pacte::app {

struct ImportFile {
  std::string path;  // where to read it
  std::string name;  // the name shown (the upload's file name, or the CLI path's last part)
  std::int64_t bytes = 0;
  std::string sha256{};  // lower-case hex
};

class ImportFiles {
 public:
  virtual ~ImportFiles() = default;
  // Writes an uploaded body under the import folder with a random name (the given name is
  // only shown, never used as a path). kInvalid for an empty file.
  virtual Result<ImportFile> Keep(std::string_view content, std::string_view shown_name) = 0;
  // Hashes a file in place, streaming. kNotFound when it does not exist or is not a regular
  // file.
  virtual Result<ImportFile> Describe(const std::string& path) = 0;
  // Deletes a kept upload once its import is over (ignored when absent; never outside the
  // import folder).
  virtual void Discard(const std::string& path) = 0;
};

}  // namespace pacte::app
