#pragma once
// The CSV part of the spreadsheet reader (contract: app/ports/spreadsheet_reader.hpp).
// Streaming: the file is read in 256 KiB chunks and one record is held at a time, whatever
// the file size. Detection, from the first MiB:
// - encoding: a UTF-8 BOM, or bytes that are valid UTF-8 → "UTF-8"; otherwise
//   "windows-1252" (converted to UTF-8). A UTF-8 file whose first accent comes after the
//   first MiB cannot be told from windows-1252 there, so in a UTF-8 file any cell that is not
//   valid UTF-8 is still read as windows-1252: no cell ever holds invalid UTF-8.
// - delimiter: the most frequent of ';' tab ',' in the header line, outside quotes.
// Progress: bytes of the file, about every 4 MiB and at the end.

#include "app/ports/spreadsheet_reader.hpp"

namespace pacte::io {

class CsvSpreadsheetReader final : public app::SpreadsheetReader {
 public:
  Result<app::SpreadsheetInfo> Read(
      const std::string& path, const app::SpreadsheetOptions& options,
      const std::function<Status(const app::SpreadsheetInfo&)>& on_info,
      const std::function<Status(const app::SpreadsheetRow&)>& on_row,
      const std::function<void(const app::SpreadsheetProgress&)>& progress = nullptr) override;
};

}  // namespace pacte::io
