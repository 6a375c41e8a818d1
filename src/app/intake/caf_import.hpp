#pragma once
// Applying a CAF / MSA flux (VRSB0801) to the beneficiaries: households, persons and their
// rights history at the file's DTREF (codes.md §1, domain.md). Package A of issue 5.

#include <cstdint>

#include "app/intake/intake_deps.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/import_repository.hpp"
#include "app/ports/store.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

// Runs the CAF import `import_id` (kind caf, status en_cours: claimed by the caller) reading
// its file_path with deps.caf. Options read from the journal row: {"force": bool,
// "validate": bool}. Contract:
// - each InfosFoyerRSA is applied whole or not at all (UnitOfWork::Nested), deps.batch
//   households per transaction, the journal's progress and counters written in the same
//   transaction; a household refused is a report line (rejete) with its French reason;
// - persons matched by NIR, then CAF number with birth date and name; rights history at
//   DTREF (ApplyObservation, source "caf_import:<id>"); person_parcours refreshed (a person
//   entering D&D starts the orientation deadline);
// - a file already applied (same SHA-256) changes nothing and an older DTREF than one
//   applied for the same organism is refused, unless "force";
// - cancellation (ImportRepository::CancelRequested) is honoured between batches;
// - the run ends terminee, echouee (French error: unreadable file, malformed XML…; what was
//   committed before stays, and the counters say what) or annulee. Audit: caf_import.run.
// Returns the finished journal row. Infrastructure failures throw (the row stays en_cours
// and becomes interrompue at the next start).
Result<ImportRecord> RunCafImport(Store& store, const Clock& clock, const IntakeDeps& deps,
                                  std::int64_t import_id);

}  // namespace pacte::app
