#pragma once
// An in-memory SpreadsheetReader for the intake use-case tests: files are registered by path
// with their headers and rows; the reader streams them as the real one does (info, then one
// call per row, progress in "bytes" = rows), honours callback errors and can fail or run a
// hook before a given row (cancellation, concurrent changes).

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "app/ports/spreadsheet_reader.hpp"

namespace pacte::testing {

struct FakeSheet {
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> rows;
  app::SpreadsheetFormat format = app::SpreadsheetFormat::kCsv;
  // 0-based index of a data row before which the read fails with fail_error.
  std::optional<std::size_t> fail_before_row{};
  Error fail_error = Error::Invalid("spreadsheet.malformed", "Fichier illisible.");
};

class FakeSpreadsheetReader final : public app::SpreadsheetReader {
 public:
  void Add(const std::string& path, FakeSheet sheet) { files_[path] = std::move(sheet); }
  // Runs `hook` just before the data row of 0-based index `row` is delivered.
  void BeforeRow(std::size_t row, std::function<void()> hook) { hooks_[row] = std::move(hook); }
  int reads = 0;

  Result<app::SpreadsheetInfo> Read(
      const std::string& path, const app::SpreadsheetOptions& options,
      const std::function<Status(const app::SpreadsheetInfo&)>& on_info,
      const std::function<Status(const app::SpreadsheetRow&)>& on_row,
      const std::function<void(const app::SpreadsheetProgress&)>& progress) override {
    ++reads;
    auto it = files_.find(path);
    if (it == files_.end()) {
      return Fail(Error::NotFound("spreadsheet.not_found", "Fichier introuvable."));
    }
    const FakeSheet& sheet = it->second;
    app::SpreadsheetInfo info;
    info.format = sheet.format;
    info.headers = sheet.headers;
    if (sheet.format == app::SpreadsheetFormat::kXlsx) {
      info.sheets = {"Feuil1"};
      info.sheet = options.sheet.empty() ? "Feuil1" : options.sheet;
    } else {
      info.encoding = "UTF-8";
    }
    if (auto ok = on_info(info); !ok) return Fail(ok.error());
    for (std::size_t i = 0; i < sheet.rows.size(); ++i) {
      if (sheet.fail_before_row == i) return Fail(sheet.fail_error);
      if (auto h = hooks_.find(i); h != hooks_.end()) h->second();
      app::SpreadsheetRow row{options.header_row + 1 + static_cast<std::int64_t>(i),
                              sheet.rows[i]};
      row.cells.resize(sheet.headers.size());
      if (auto ok = on_row(row); !ok) return Fail(ok.error());
      if (progress) progress({i + 1, sheet.rows.size()});
    }
    return info;
  }

 private:
  std::map<std::string, FakeSheet> files_;
  std::map<std::size_t, std::function<void()>> hooks_;
};

}  // namespace pacte::testing
