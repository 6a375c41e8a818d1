#pragma once
// Helpers of the spreadsheet reader tests: temporary files, reading a whole file into rows,
// and XLSX archives built part by part with libzip.

#include <unistd.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "app/ports/spreadsheet_reader.hpp"
#include "io/testing/temp_file.hpp"

namespace pacte::io::spreadsheet_test {

inline std::string SourceData(const std::string& name) {
  return std::string(PACTE_SOURCE_DIR) + "/data/beneficiary-files/" + name;
}

// A file under the temp dir, removed at destruction (io/testing/temp_file.hpp).
class TempFile : public io::testing::TempFile {
 public:
  explicit TempFile(const std::string& name, const std::string& content = {})
      : io::testing::TempFile("pacte-sheet-", name, content) {}
};

// What a read produced.
struct ReadOutcome {
  Result<app::SpreadsheetInfo> info = app::SpreadsheetInfo{};
  int info_calls = 0;
  std::vector<app::SpreadsheetRow> rows;
  std::vector<app::SpreadsheetProgress> progress;
};

inline ReadOutcome ReadAll(app::SpreadsheetReader& reader, const std::string& path,
                           const app::SpreadsheetOptions& options = {}) {
  ReadOutcome out;
  out.info = reader.Read(
      path, options,
      [&](const app::SpreadsheetInfo&) -> Status {
        ++out.info_calls;
        return {};
      },
      [&](const app::SpreadsheetRow& row) -> Status {
        out.rows.push_back(row);
        return {};
      },
      [&](const app::SpreadsheetProgress& p) { out.progress.push_back(p); });
  return out;
}

// Writes a zip of `parts` (name → bytes), deflated.
inline void WriteZip(const std::string& path,
                     const std::vector<std::pair<std::string, std::string>>& parts) {
  std::filesystem::remove(path);
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (archive == nullptr) throw std::runtime_error("zip_open");
  for (const auto& [name, bytes] : parts) {
    zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) throw std::runtime_error("zip_file_add");
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 9);
  }
  if (zip_close(archive) != 0) throw std::runtime_error("zip_close");
}

inline const char* kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

// A minimal workbook: sheets (name → sheetData inner XML) and optional shared strings.
inline std::vector<std::pair<std::string, std::string>> XlsxParts(
    const std::vector<std::pair<std::string, std::string>>& sheets,
    const std::vector<std::string>& shared = {}) {
  const std::string rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  std::string workbook =
      std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"") + kMainNs +
      "\" xmlns:r=\"" + rel_ns + "\"><sheets>";
  std::string rels =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  std::vector<std::pair<std::string, std::string>> parts;
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    workbook +=
        "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + rel_ns +
            "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
    parts.emplace_back(
        "xl/worksheets/sheet" + n + ".xml",
        std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"") + kMainNs +
            "\"><sheetData>" + sheets[i].second + "</sheetData></worksheet>");
  }
  if (!shared.empty()) {
    rels += "<Relationship Id=\"rIdS\" Type=\"" + rel_ns +
            "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    std::string sst =
        std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"") + kMainNs + "\">";
    for (const auto& s : shared) sst += "<si>" + s + "</si>";
    parts.emplace_back("xl/sharedStrings.xml", sst + "</sst>");
  }
  parts.emplace_back("xl/workbook.xml", workbook + "</sheets></workbook>");
  parts.emplace_back("xl/_rels/workbook.xml.rels", rels + "</Relationships>");
  return parts;
}

}  // namespace pacte::io::spreadsheet_test
