#pragma once
// The spreadsheet reader main/ injects (app::SpreadsheetReader): it looks at the first bytes
// of the file, not its name, and hands it to the XLSX part (a zip: "PK\3\4") or the CSV part
// (text). Refused before reading further (kMalformed): a zero-byte file ("Le fichier est
// vide."), an old binary Excel file or an encrypted workbook (an OLE2 container), and any other
// binary — NUL bytes in the first 64 KiB, e.g. a PDF or an image renamed .xlsx ("Ce fichier
// n'est ni un CSV ni un classeur XLSX lisible.") — so a 1 GB binary is refused at once.

#include "app/ports/spreadsheet_reader.hpp"
#include "io/spreadsheet/csv_spreadsheet_reader.hpp"
#include "io/spreadsheet/xlsx_spreadsheet_reader.hpp"

namespace pacte::io {

class FileSpreadsheetReader final : public app::SpreadsheetReader {
 public:
  Result<app::SpreadsheetInfo> Read(
      const std::string& path, const app::SpreadsheetOptions& options,
      const std::function<Status(const app::SpreadsheetInfo&)>& on_info,
      const std::function<Status(const app::SpreadsheetRow&)>& on_row,
      const std::function<void(const app::SpreadsheetProgress&)>& progress = nullptr) override;

  // The format the content announces (kMalformed errors as above, kNotFound when absent).
  static Result<app::SpreadsheetFormat> Sniff(const std::string& path,
                                              const app::SpreadsheetOptions& options);

 private:
  CsvSpreadsheetReader csv_;
  XlsxSpreadsheetReader xlsx_;
};

}  // namespace pacte::io
