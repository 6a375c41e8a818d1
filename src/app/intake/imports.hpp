#pragma once
// The import jobs (issue 5): starting a CAF / MSA flux or spreadsheet import, running a
// queued one through its runner, following it (progress, report) and cancelling it. The
// surfaces (API, pages, CLI, the background worker) call only these.
//
// Lifecycle: StartImport queues a run (en_attente) → RunQueuedImport claims it (en_cours),
// hands it to the runner of its kind (RunCafImport / RunSpreadsheetImport) and makes sure it
// ends (terminee, echouee, annulee). A kept upload is discarded once its run is over, except
// the file of a finished spreadsheet dry run, kept so that the simulation can be applied
// (the applying run discards it).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/intake/intake_deps.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/import_files.hpp"
#include "app/ports/import_repository.hpp"
#include "app/ports/paging.hpp"
#include "app/ports/store.hpp"
#include "app/ports/table_writer.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

struct IntakeImportRequest {
  std::string kind{};  // kImportKindCaf or kImportKindSpreadsheet
  // The file (kept upload or CLI path). May be left empty (path "") when plan_of is given:
  // the simulation's file is then used.
  ImportFile file{};
  // Spreadsheets: the saved mapping, by name or by id (digits). Required for spreadsheets,
  // ignored for CAF flux.
  std::string mapping{};
  bool dry_run = false;   // spreadsheets only (a CAF flux has no simulation)
  bool force = false;     // CAF: apply an already applied or older file
  bool validate = false;  // CAF: validate against the VRSB0801 schema
  std::string sheet{};    // spreadsheets (XLSX): sheet name, empty = first
  // Spreadsheets: the finished dry run this run applies (same file hash, same mapping).
  std::optional<std::int64_t> plan_of{};
};

// Queues an import run for deps.runner. Policy: kImportCaf or kImportSpreadsheet
// (kForbidden). kInvalid (field errors: kind, file, mapping, dry_run, plan_of) when the kind
// is unknown, the file is missing or empty, the mapping is absent or unknown, a CAF flux asks
// for a dry run, or plan_of is not a finished, followable spreadsheet dry run of the same
// file and mapping (or its file is gone). Audit import.start (kind, dry_run, mapping id,
// plan_of). Returns the queued row.
Result<ImportRecord> StartImport(Store& store, const Clock& clock, const Actor& actor,
                                 const IntakeDeps& deps, const IntakeImportRequest& request);

struct ImportRunners {
  ImportRunner caf;
  ImportRunner spreadsheet;
};

// Claims the queued run `id` (for deps.runner) and runs it with the runner of its kind.
// kConflict (import.not_queued) when it is not en_attente any more (cancelled, taken by
// another process). A runner that throws or returns an error while the row is still
// en_cours ends it echouee with a French message; the kept upload is then discarded (see
// above). Returns the row as it ended.
Result<ImportRecord> RunQueuedImport(Store& store, const Clock& clock, const ImportRunners& runners,
                                     const IntakeDeps& deps, std::int64_t id);

// The run, when the actor may follow it. kForbidden when the actor may follow no import at
// all (kFollowImport), kNotFound when it is absent or someone else's (chargé d'orientation).
Result<ImportRecord> GetImport(Store& store, const Actor& actor, std::int64_t id);

// Newest first: every run for admins and coordinators, the actor's own for a chargé
// d'orientation; kForbidden for the other roles. kind: nullopt for both kinds.
Result<PageOf<ImportRecord>> ListImports(Store& store, const Actor& actor,
                                         const std::optional<std::string>& kind,
                                         const PageRequest& page);

// Asks the run to stop (a queued run is cancelled at once, a running one between two
// batches). Errors as GetImport, and kConflict (import.finished) when it is already over.
// Audit import.cancel. A queued run's upload is discarded. Returns the row after the request.
Result<ImportRecord> CancelImport(Store& store, const Clock& clock, const Actor& actor,
                                  const IntakeDeps& deps, std::int64_t id);

struct ImportReportPage {
  ImportRecord record;
  PageOf<ImportLine> lines;
};

// The run and one page of its report lines (outcome: only those; kInvalid on field
// "outcome" for an unknown code). Errors as GetImport.
Result<ImportReportPage> ImportReport(Store& store, const Actor& actor, std::int64_t id,
                                      const std::optional<std::string>& outcome,
                                      const PageRequest& page);

// The report as tables: "Rapport" (Ligne, Référence, Résultat, Code, Message) and "Totaux"
// (Compteur, Nombre: the run's counters with French labels).
std::vector<Table> ReportTables(const ImportRecord& record, const std::vector<ImportLine>& lines);

// The whole report as CSV or XLSX bytes through deps.tables. Errors as GetImport.
Result<std::string> ExportImportReport(Store& store, const Actor& actor, const IntakeDeps& deps,
                                       std::int64_t id, TableFormat format);

// French label of a line outcome ("cree" → "Créé"); the code itself when unknown.
std::string OutcomeLabel(const std::string& outcome);
// French label of a status ("en_cours" → "En cours").
std::string ImportStatusLabel(const std::string& status);
// French label of a counter key ("households_created" → "Foyers créés"); the key when unknown.
std::string CounterLabel(const std::string& key);
// True for en_attente and en_cours.
bool IsImportActive(const ImportRecord& record);

}  // namespace pacte::app
