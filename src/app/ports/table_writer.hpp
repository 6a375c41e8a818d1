#pragma once
// Port: writing a table (report, list export) as CSV or XLSX bytes. Every cell is text or a
// number; cells starting with =, +, -, @ (and tab / carriage return) are neutralised so that
// no spreadsheet reads them as formulas (CSV: prefixed with a quote '; XLSX: written as
// strings, never formulas).

#include <string>
#include <variant>
#include <vector>

#include "domain/common/error.hpp"

namespace pacte::app {

using TableCell = std::variant<std::string, double, long long>;

struct Table {
  std::string sheet_name{};  // XLSX sheet (at most 31 characters), e.g. "Rapport"
  std::vector<std::string> headers{};
  std::vector<std::vector<TableCell>> rows{};
};

enum class TableFormat { kCsv, kXlsx };

class TableWriter {
 public:
  virtual ~TableWriter() = default;
  // CSV: UTF-8 with BOM, ';' separator, CRLF, quoted as needed. XLSX: one sheet per table,
  // bold header row, frozen. Returns the file bytes.
  // Details of the implementation (io/tables/spreadsheet_table_writer.hpp): the formula rule
  // is pacte::NeutraliseFormula (domain/common/spreadsheet_safety.hpp), applied to text cells
  // in both formats; several tables in CSV follow one another separated by an empty line;
  // CSV numbers use a decimal comma; sheet names are made valid for Excel (31 characters,
  // no []:*?/\, unique). Dates are text cells: give them as dd/mm/yyyy (FormatFrenchDate).
  // Errors: kInvalid table.too_large when a table exceeds an XLSX sheet; I/O failures throw.
  virtual Result<std::string> Write(TableFormat format, const std::vector<Table>& tables) = 0;
};

}  // namespace pacte::app
