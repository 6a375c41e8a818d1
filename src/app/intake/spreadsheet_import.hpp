#pragma once
// Applying a departmental spreadsheet (CSV, XLSX) to the beneficiaries through a saved column
// mapping, with a dry run that shows row by row what would happen. Package C of issue 5.

#include <cstdint>

#include "app/intake/intake_deps.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/import_repository.hpp"
#include "app/ports/store.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

// Runs the spreadsheet import `import_id` (kind spreadsheet, status en_cours: claimed by the
// caller) reading its file_path with deps.spreadsheets and the mapping mapping_id. Options
// from the journal row: {"sheet": "…"}. Contract:
// - one report line per data row: cree, mis_a_jour, inchange or rejete with its reason,
//   conflicts as avertissement; a dry run (dry_run) writes only the journal;
// - an applying run with plan_of applies each row only when it comes out as the dry run
//   planned it (else rejete: "la situation a changé depuis la simulation");
// - matching: NIR, then CAF number, then the département's internal id, then e-mail or phone
//   with the birth date; only non-empty cells update existing data;
// - rows applied whole or not at all (UnitOfWork::Nested), deps.batch per transaction, the
//   journal's progress written with them; cancellation honoured between batches;
// - ends terminee, echouee or annulee. Audit: spreadsheet_import.run.
Result<ImportRecord> RunSpreadsheetImport(Store& store, const Clock& clock, const IntakeDeps& deps,
                                          std::int64_t import_id);

}  // namespace pacte::app
