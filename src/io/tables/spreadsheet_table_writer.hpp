#pragma once
// app::TableWriter with the ';' CSV of French spreadsheets and libxlsxwriter's XLSX.
//
// Decisions (see also domain/common/spreadsheet_safety.hpp):
// - CSV: UTF-8 with BOM, ';', CRLF, RFC 4180 quoting; text cells pass through CsvField (a
//   leading = + - @ tab CR gets a "'" prefix); integers as digits, other numbers with a
//   decimal comma (what French Excel reads as a number). Several tables follow one another,
//   each with its header row, separated by one empty line.
// - XLSX: one worksheet per table (no table at all: one empty sheet "Feuille1"), bold header
//   row frozen, column widths from the longest of the header and the first 1,000 rows (8 to
//   60 characters). Text is always written with worksheet_write_string, never as a formula,
//   and ALSO gets the "'" prefix so that a sheet saved again as CSV stays inert. Numbers are
//   numbers; a non-finite double is left blank. Text longer than Excel's 32,767 characters is
//   cut (on a UTF-8 boundary). The workbook is assembled in a temporary file
//   (libxlsxwriter 1.1.4 of Debian 12 has no in-memory output), read back, then removed;
//   "constant memory" mode keeps the writer's memory flat whatever the row count.
// - Sheet names: see SafeSheetName.

#include <string>
#include <string_view>
#include <vector>

#include "app/ports/table_writer.hpp"

namespace pacte::io {

class SpreadsheetTableWriter final : public app::TableWriter {
 public:
  // temp_dir: where XLSX files are assembled; empty means the system's temporary directory.
  explicit SpreadsheetTableWriter(std::string temp_dir = {}) : temp_dir_(std::move(temp_dir)) {}

  // Errors: kInvalid (code table.too_large) when a table has more rows than a worksheet holds
  // (1,048,575 besides the header) or more than 16,384 columns. An unwritable temporary
  // directory or a libxlsxwriter failure throws std::runtime_error (infrastructure).
  Result<std::string> Write(app::TableFormat format,
                            const std::vector<app::Table>& tables) override;

 private:
  std::string temp_dir_;
};

// The CSV text of `tables` (see above); never fails.
std::string WriteCsvTables(const std::vector<app::Table>& tables);

// An Excel sheet name from `wanted`: the characters [ ] : * ? / \ and control characters
// become spaces, runs of spaces collapse to one, apostrophes and spaces are stripped from
// both ends, cut to 31 characters (not bytes); "Feuille" when nothing is left. `taken` holds
// the names already used (compared case-insensitively for ASCII): a clash gets " (2)",
// " (3)"… within the 31 characters.
std::string SafeSheetName(std::string_view wanted, const std::vector<std::string>& taken);

}  // namespace pacte::io
