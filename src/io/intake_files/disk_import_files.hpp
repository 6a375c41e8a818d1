#pragma once
// app::ImportFiles on the local disk: uploads under one folder, SHA-256 with libsodium.

#include <string>

#include "app/ports/import_files.hpp"

namespace pacte::io {

class DiskImportFiles final : public app::ImportFiles {
 public:
  // folder: created on first Keep (with its parents), mode 0700.
  explicit DiskImportFiles(std::string folder) : folder_(std::move(folder)) {}

  Result<app::ImportFile> Keep(std::string_view content, std::string_view shown_name) override;
  Result<app::ImportFile> Describe(const std::string& path) override;
  void Discard(const std::string& path) override;

 private:
  std::string folder_;
};

}  // namespace pacte::io
