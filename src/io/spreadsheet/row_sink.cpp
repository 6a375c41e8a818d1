#include "io/spreadsheet/row_sink.hpp"

#include <utility>

#include "domain/common/text.hpp"
#include "io/spreadsheet/spreadsheet_errors.hpp"

namespace pacte::io::spreadsheet {
namespace {

bool IsBlank(const std::string& cell) {
  for (char c : cell) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
  }
  return true;
}

}  // namespace

bool IsBlankRow(const std::vector<std::string>& cells) {
  for (const auto& cell : cells) {
    if (!IsBlank(cell)) return false;
  }
  return true;
}

RowSink::RowSink(const app::SpreadsheetOptions& options, app::SpreadsheetInfo& info, InfoFn on_info,
                 RowFn on_row)
    : options_(options), info_(info), on_info_(std::move(on_info)), on_row_(std::move(on_row)) {}

Status RowSink::Accept(std::int64_t number, std::vector<std::string>& cells) {
  const bool blank = IsBlankRow(cells);
  any_row_ = any_row_ || !blank;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (cells[i].size() > options_.max_cell_length) {
      return Fail(CellTooLong(number, i + 1, options_.max_cell_length));
    }
  }
  if (number < options_.header_row) return {};
  if (!header_seen_) return TakeHeaders(number, cells);
  if (blank) return {};
  if (++data_rows_ > options_.max_rows) {
    return Fail(TooLarge("spreadsheet.too_many_rows",
                         "Le fichier dépasse le nombre maximal de " +
                             std::to_string(options_.max_rows) + " lignes de données.",
                         number));
  }
  row_.number = number;
  cells.resize(info_.headers.size());
  row_.cells.swap(cells);
  Status status = on_row_ ? on_row_(row_) : Status{};
  row_.cells.swap(cells);
  return status;
}

Status RowSink::TakeHeaders(std::int64_t number, std::vector<std::string>& cells) {
  // A blank header row is only known to be an error when something follows it: a file of
  // blank lines is an empty file.
  if (IsBlankRow(cells)) return {};
  if (number != options_.header_row) return Fail(NoHeader());
  std::vector<std::string> headers;
  headers.reserve(cells.size());
  for (const auto& cell : cells) headers.push_back(Trim(cell));
  while (!headers.empty() && headers.back().empty()) headers.pop_back();
  info_.headers = std::move(headers);
  header_seen_ = true;
  return on_info_ ? on_info_(info_) : Status{};
}

Status RowSink::Finish() const {
  if (header_seen_) return {};
  if (!any_row_) return Fail(EmptyFile());
  return Fail(NoHeader());
}

Error RowSink::NoHeader() const {
  return Malformed("spreadsheet.no_header",
                   "La ligne d'en-tête (ligne " + std::to_string(options_.header_row) +
                       ") est absente ou vide : la première ligne lue doit nommer les colonnes.");
}

}  // namespace pacte::io::spreadsheet
