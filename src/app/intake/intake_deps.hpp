#pragma once
// What the intake use cases need besides the store and the clock: the file readers and
// writers of io/ (injected by main/), and the settings of [intake].

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "app/ports/caf_flux_reader.hpp"
#include "app/ports/import_files.hpp"
#include "app/ports/import_repository.hpp"
#include "app/ports/spreadsheet_reader.hpp"
#include "app/ports/table_writer.hpp"

namespace pacte::app {

struct IntakeDeps {
  CafFluxReader* caf = nullptr;
  SpreadsheetReader* spreadsheets = nullptr;
  ImportFiles* files = nullptr;
  TableWriter* tables = nullptr;
  // Households or rows per transaction (Settings::import_batch).
  int batch = 500;
  std::uint64_t max_xlsx_uncompressed_bytes = 512ULL << 20;
  // This process, as recorded in imports.runner (hostname:pid); nullopt for tests / CLI.
  std::optional<std::string> runner;
};

// Runs one claimed import (status en_cours) to its end: the CAF runner (caf_import.hpp) and
// the spreadsheet runner (spreadsheet_import.hpp) have this shape, so that the import jobs
// (imports.hpp) dispatch on the kind without knowing them.
using ImportRunner = std::function<Result<ImportRecord>(std::int64_t import_id)>;

}  // namespace pacte::app
