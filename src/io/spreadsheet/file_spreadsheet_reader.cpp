#include "io/spreadsheet/file_spreadsheet_reader.hpp"

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "io/spreadsheet/file_checks.hpp"
#include "io/spreadsheet/spreadsheet_errors.hpp"

namespace pacte::io {
namespace {

constexpr std::size_t kSniffBytes = 64U << 10;

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

Result<std::string> Head(const std::string& path) {
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    return Fail(Error::NotFound("spreadsheet.not_found",
                                "Le fichier « " + path + " » est introuvable ou illisible."));
  }
  std::string head(kSniffBytes, '\0');
  head.resize(std::fread(head.data(), 1, head.size(), file.get()));
  return head;
}

}  // namespace

Result<app::SpreadsheetFormat> FileSpreadsheetReader::Sniff(
    const std::string& path, const app::SpreadsheetOptions& options) {
  if (auto size = spreadsheet::CheckFile(path, options); !size) return Fail(size.error());
  auto head = Head(path);
  if (!head) return Fail(head.error());
  if (head->empty()) return Fail(spreadsheet::EmptyFile());
  const std::string_view bytes = *head;
  if (bytes.starts_with("PK\x03\x04")) return app::SpreadsheetFormat::kXlsx;
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    return Fail(spreadsheet::Malformed(
        "spreadsheet.legacy_excel",
        "Ce fichier est un classeur Excel ancien (.xls) ou protégé par mot de passe : "
        "enregistrez-le au format XLSX ou CSV, sans mot de passe."));
  }
  // UTF-16 text holds NUL bytes too: the CSV part names it rather than calling it binary.
  const bool utf16 = bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF");
  if (!utf16 && bytes.find('\0') != std::string_view::npos) {
    return Fail(spreadsheet::Unreadable());
  }
  return app::SpreadsheetFormat::kCsv;
}

Result<app::SpreadsheetInfo> FileSpreadsheetReader::Read(
    const std::string& path, const app::SpreadsheetOptions& options,
    const std::function<Status(const app::SpreadsheetInfo&)>& on_info,
    const std::function<Status(const app::SpreadsheetRow&)>& on_row,
    const std::function<void(const app::SpreadsheetProgress&)>& progress) {
  auto format = Sniff(path, options);
  if (!format) return Fail(format.error());
  app::SpreadsheetReader& reader =
      *format == app::SpreadsheetFormat::kXlsx ? static_cast<app::SpreadsheetReader&>(xlsx_) : csv_;
  return reader.Read(path, options, on_info, on_row, progress);
}

}  // namespace pacte::io
