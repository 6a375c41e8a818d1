#pragma once
// Port: reading a departmental spreadsheet (CSV or XLSX) row by row, as text cells. The
// implementation (io/spreadsheet) detects the format from the content, not the name.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "domain/common/error.hpp"

namespace pacte::app {

enum class SpreadsheetFormat { kCsv, kXlsx };

struct SpreadsheetOptions {
  std::string sheet{};  // XLSX: sheet name; empty: the first sheet
  int header_row = 1;   // 1-based row holding the headers
  // Limits (kTooLarge beyond, French message): the file, the uncompressed size of XLSX
  // parts (zip bombs), the number of data rows and the length of one cell.
  std::uint64_t max_file_bytes = 2ULL << 30;
  std::uint64_t max_uncompressed_bytes = 512ULL << 20;
  std::uint64_t max_rows = 2'000'000;
  std::size_t max_cell_length = 32'768;
};

// What the file is, read before the rows.
struct SpreadsheetInfo {
  SpreadsheetFormat format = SpreadsheetFormat::kCsv;
  std::vector<std::string> sheets{};   // XLSX: every sheet name in order; CSV: empty
  std::string sheet{};                 // the sheet read (XLSX)
  char delimiter = ';';                // CSV: the detected delimiter (';' ',' '\t')
  std::string encoding{};              // CSV: "UTF-8" or "windows-1252" (cells are UTF-8)
  std::vector<std::string> headers{};  // cells of the header row, trimmed
};

// One data row: its 1-based row number in the file (the header row is header_row) and its
// cells as UTF-8 text, one per header (missing trailing cells are ""). XLSX cells: shared and
// inline strings as text; numbers as written in the XML ("45123" for a date shown as a date:
// dates as serial numbers, converted later by intake::ParseCellDate); booleans "0"/"1".
struct SpreadsheetRow {
  std::int64_t number = 0;
  std::vector<std::string> cells{};
};

struct SpreadsheetProgress {
  std::uint64_t bytes_read = 0;  // of the input (CSV) or of the sheet part (XLSX)
  std::uint64_t bytes_total = 0;
};

class SpreadsheetReader {
 public:
  virtual ~SpreadsheetReader() = default;
  // Streams the file: on_info once (headers known), then on_row per non-empty data row in
  // order. An error returned by a callback stops the read and is returned. Errors (French,
  // with the row when known): kNotFound; kMalformed for an empty or zero-byte file, a file
  // that is neither CSV text nor XLSX (a binary renamed .xlsx), a broken zip or XML, an
  // unknown sheet (message listing the sheets), a header row absent; kTooLarge over a limit.
  // `progress` (optional) is called now and then.
  virtual Result<SpreadsheetInfo> Read(
      const std::string& path, const SpreadsheetOptions& options,
      const std::function<Status(const SpreadsheetInfo&)>& on_info,
      const std::function<Status(const SpreadsheetRow&)>& on_row,
      const std::function<void(const SpreadsheetProgress&)>& progress = nullptr) = 0;
};

}  // namespace pacte::app
