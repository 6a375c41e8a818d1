#pragma once
// The beneficiary intake objects of one process (issue 5): the io readers and writers, the
// import folder, the IntakeDeps the use cases take and the runners the import jobs dispatch
// to. Header-only so that the test server (which compiles composition.cpp alone) builds the
// same thing as `pacte serve` and the CLI.

#include <unistd.h>

#include <memory>
#include <optional>
#include <string>

#include "app/config/settings.hpp"
#include "app/intake/imports.hpp"
#include "io/caf_flux/libxml_caf_flux_reader.hpp"
#include "io/intake_files/disk_import_files.hpp"
#include "app/intake/caf_import.hpp"
#include "app/intake/spreadsheet_import.hpp"
#include "io/spreadsheet/file_spreadsheet_reader.hpp"
#include "io/tables/spreadsheet_table_writer.hpp"

namespace pacte::main {

struct IntakeRuntime {
  io::LibxmlCafFluxReader caf;
  io::FileSpreadsheetReader spreadsheets;
  io::SpreadsheetTableWriter tables;
  std::unique_ptr<io::DiskImportFiles> files;
  app::IntakeDeps deps;
  app::ImportRunners runners;
};

// The runner name of a server process: its host name, stable across restarts so that the
// next start finds the runs its previous life left en_cours (one `pacte serve` per host).
inline std::string ServerRunnerName() {
  char host[256] = {};
  if (gethostname(host, sizeof host - 1) != 0 || host[0] == '\0') return "serveur";
  return host;
}

// The runner name of one CLI run: unique (host + pid), so that no server takes its run.
inline std::string CliRunnerName() {
  return "cli:" + ServerRunnerName() + ":" + std::to_string(getpid());
}

inline std::unique_ptr<IntakeRuntime> MakeIntakeRuntime(const app::Settings& s, app::Store& store,
                                                        const app::Clock& clock,
                                                        std::optional<std::string> runner) {
  auto rt = std::make_unique<IntakeRuntime>();
  rt->files = std::make_unique<io::DiskImportFiles>(s.import_dir);
  rt->deps.caf = &rt->caf;
  rt->deps.spreadsheets = &rt->spreadsheets;
  rt->deps.files = rt->files.get();
  rt->deps.tables = &rt->tables;
  rt->deps.batch = s.import_batch;
  rt->deps.max_xlsx_uncompressed_bytes = s.max_xlsx_uncompressed_bytes;
  rt->deps.runner = std::move(runner);
  rt->runners.caf = [&store, &clock, deps = &rt->deps](std::int64_t id) {
    return app::RunCafImport(store, clock, *deps, id);
  };
  const app::IntakeDeps* deps = &rt->deps;
  rt->runners.spreadsheet = [&store, &clock, deps](std::int64_t id) {
    return app::RunSpreadsheetImport(store, clock, *deps, id);
  };
  return rt;
}

}  // namespace pacte::main
