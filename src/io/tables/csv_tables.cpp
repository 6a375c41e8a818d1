// CSV side of SpreadsheetTableWriter.

#include <charconv>
#include <cmath>

#include "domain/common/spreadsheet_safety.hpp"
#include "io/tables/spreadsheet_table_writer.hpp"

namespace pacte::io {
namespace {

// French Excel reads "1234,5" as a number in a ';' file; "1234.5" would be text.
std::string NumberText(double value) {
  if (!std::isfinite(value)) return "";
  char buf[64];
  // Plain digits (1000000, 0,25) as typed in a sheet; exponents only for huge magnitudes.
  auto [end, ec] = std::abs(value) < 1e15
                       ? std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed)
                       : std::to_chars(buf, buf + sizeof buf, value);
  std::string text(buf, ec == std::errc() ? end : buf);
  for (char& c : text) {
    if (c == '.') c = ',';
  }
  return text;
}

std::string CellText(const app::TableCell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) return CsvField(*text);
  if (const auto* whole = std::get_if<long long>(&cell)) return std::to_string(*whole);
  return NumberText(std::get<double>(cell));
}

void AppendLine(std::string& out, const std::vector<app::TableCell>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += ';';
    out += CellText(cells[i]);
  }
  out += "\r\n";
}

}  // namespace

std::string WriteCsvTables(const std::vector<app::Table>& tables) {
  std::string out = "\xEF\xBB\xBF";
  for (std::size_t t = 0; t < tables.size(); ++t) {
    if (t > 0) out += "\r\n";
    const auto& table = tables[t];
    AppendLine(out, std::vector<app::TableCell>(table.headers.begin(), table.headers.end()));
    for (const auto& row : table.rows) AppendLine(out, row);
  }
  return out;
}

}  // namespace pacte::io
