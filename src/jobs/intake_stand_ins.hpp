#pragma once
// STAND-INS (package D, issue 5) until the real implementations are merged: a plain CSV
// SpreadsheetReader (package B writes io/spreadsheet), a CSV-only TableWriter (package E
// writes the CSV/XLSX writer), and import runners that only read the file and journal it
// (packages A and C write RunCafImport / RunSpreadsheetImport). They let the import jobs,
// pages, API and CLI run end to end; main/intake_runtime.hpp wires them. Delete this file
// once the real ones are wired.

#include <chrono>

#include "app/intake/imports.hpp"
#include "app/ports/spreadsheet_reader.hpp"
#include "app/ports/table_writer.hpp"

namespace pacte::jobs {

// CSV only (';' ',' or tab, detected on the header line; UTF-8 with or without BOM; double
// quotes). kMalformed for an empty file, kNotFound for a missing one.
class StandInCsvReader final : public app::SpreadsheetReader {
 public:
  Result<app::SpreadsheetInfo> Read(
      const std::string& path, const app::SpreadsheetOptions& options,
      const std::function<Status(const app::SpreadsheetInfo&)>& on_info,
      const std::function<Status(const app::SpreadsheetRow&)>& on_row,
      const std::function<void(const app::SpreadsheetProgress&)>& progress) override;
};

// CSV as the port says (BOM, ';', CRLF, formulas neutralised); XLSX refused (kInvalid).
class StandInTableWriter final : public app::TableWriter {
 public:
  Result<std::string> Write(app::TableFormat format, const std::vector<app::Table>& tables) override;
};

// Reads the spreadsheet and writes one report line per row (inchange, "lu"), progress and
// a "rows" counter; honours cancellation between rows; `row_delay` slows it (tests).
app::ImportRunner StandInSpreadsheetRunner(app::Store& store, const app::Clock& clock,
                                           const app::IntakeDeps& deps,
                                           std::chrono::milliseconds row_delay = {});
// Ends the run echouee: applying CAF flux is not wired in this build.
app::ImportRunner StandInCafRunner(app::Store& store, const app::Clock& clock);

}  // namespace pacte::jobs
