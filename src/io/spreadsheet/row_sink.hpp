#pragma once
// What the CSV and XLSX parts share once a row is decoded: finding the header row, skipping
// empty rows, the row and cell limits, and calling the port's callbacks in order.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "app/ports/spreadsheet_reader.hpp"

namespace pacte::io::spreadsheet {

class RowSink {
 public:
  using InfoFn = std::function<Status(const app::SpreadsheetInfo&)>;
  using RowFn = std::function<Status(const app::SpreadsheetRow&)>;

  // `info` is completed (headers) and handed to on_info when the header row arrives.
  RowSink(const app::SpreadsheetOptions& options, app::SpreadsheetInfo& info, InfoFn on_info,
          RowFn on_row);

  // Takes row `number` (1-based, increasing) with its UTF-8 cells. Rows before the header row
  // are ignored; the header row becomes info.headers (trimmed, trailing empty headers dropped)
  // and triggers on_info; later rows that are not empty (every cell blank) go to on_row with
  // exactly one cell per header (missing cells "", cells past the last header dropped: a
  // column without a header cannot be mapped). Errors: header row empty or skipped
  // (kMalformed spreadsheet.no_header), a cell over max_cell_length, more than max_rows data
  // rows (kTooLarge), or what a callback returns.
  Status Accept(std::int64_t number, std::vector<std::string>& cells);

  // End of input: the header row never came → "Le fichier est vide." when no row at all came,
  // else spreadsheet.no_header.
  Status Finish() const;

  bool HasHeaders() const { return header_seen_; }
  // Cells needed from now on (the header count once known; 0 before: every cell).
  std::size_t WantedCells() const { return header_seen_ ? info_.headers.size() : 0; }

 private:
  Status TakeHeaders(std::int64_t number, std::vector<std::string>& cells);
  Error NoHeader() const;

  const app::SpreadsheetOptions& options_;
  app::SpreadsheetInfo& info_;
  InfoFn on_info_;
  RowFn on_row_;
  bool header_seen_ = false;
  bool any_row_ = false;
  std::uint64_t data_rows_ = 0;
  app::SpreadsheetRow row_;
};

// True when every cell is empty or only spaces, tabs and line breaks.
bool IsBlankRow(const std::vector<std::string>& cells);

}  // namespace pacte::io::spreadsheet
