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
// Decisions of package C (rules of a row: spreadsheet_row.hpp, matching:
// spreadsheet_matching.hpp):
// - progress_done / progress_total are the bytes the reader reports (no first pass to count
//   rows: a 1 GB file would be read twice); units_done counts the rows; when the reader
//   reports nothing, progress_done is the rows read and progress_total 0 (unknown);
// - counts: {"rows", "cree", "mis_a_jour", "inchange", "rejete", "avertissement"};
// - audit: each applying batch that changed persons records spreadsheet_import.apply
//   (object import, details: first and last row, person ids) in its own transaction; the end
//   records spreadsheet_import.run (status, dry_run, counts). No person.create/update event:
//   the import lines tell, per row, which person was created or updated;
// - a dry run goes through exactly the same code, each row's writes undone by its savepoint,
//   so that it predicts the apply; the ids of persons it would create are not kept;
// - the same person twice in one file (a shared key of intake::IdentityKeys): the second
//   row is rejete "La même personne figure déjà à la ligne N du fichier";
// - the mapping's headers absent from the file: one avertissement line on the header row,
//   or echouee when what remains cannot identify persons (intake::IdentifiesPersons);
// - the mapping deleted, or plan_of not a finished dry run of the same file and mapping:
//   echouee with a French message.
Result<ImportRecord> RunSpreadsheetImport(Store& store, const Clock& clock, const IntakeDeps& deps,
                                          std::int64_t import_id);

}  // namespace pacte::app
