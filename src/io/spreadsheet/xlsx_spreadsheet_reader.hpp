#pragma once
// The XLSX part of the spreadsheet reader (contract: app/ports/spreadsheet_reader.hpp), with
// libzip, pugixml for the workbook, relationships and shared strings, and a streaming
// libxml2 reader for the sheet itself (xlsx_sheet_stream.hpp). Limits: the file size, and the
// uncompressed bytes of every part read (options.max_uncompressed_bytes, checked on the zip
// directory before inflating and on the bytes actually inflated). Progress: bytes of the
// sheet part inflated, against its declared size.

#include "app/ports/spreadsheet_reader.hpp"

namespace pacte::io {

class XlsxSpreadsheetReader final : public app::SpreadsheetReader {
 public:
  Result<app::SpreadsheetInfo> Read(
      const std::string& path, const app::SpreadsheetOptions& options,
      const std::function<Status(const app::SpreadsheetInfo&)>& on_info,
      const std::function<Status(const app::SpreadsheetRow&)>& on_row,
      const std::function<void(const app::SpreadsheetProgress&)>& progress = nullptr) override;
};

}  // namespace pacte::io
