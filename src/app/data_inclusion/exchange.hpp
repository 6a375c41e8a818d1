#pragma once
// Use cases of the data·inclusion v1 exchange (codes.md §4). Each checks the offer policy
// (app/policies/offer_policy.hpp) first: kExportCatalogue for the export, kImportCatalogue
// for imports and their journal (kForbidden otherwise). Callable with Actor::System().

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/config/settings.hpp"
#include "app/data_inclusion/di_records.hpp"
#include "app/data_inclusion/record_mapping.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/data_inclusion_repository.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

// One page of v1 records (structures that run actions, or published actions), ordered by id.
// `page.size` is not clamped here (the CLI and the CSV export read everything at once); the
// API clamps it. Records pacte created carry `source` = settings.di_source.
Result<PageOf<nlohmann::json>> ExportRecords(Store& store, const Settings& settings,
                                             const Actor& actor, DiKind kind,
                                             const PageRequest& page);

// Every record of `kind`, read in pages of 1,000.
Result<std::vector<nlohmann::json>> ExportAllRecords(Store& store, const Settings& settings,
                                                     const Actor& actor, DiKind kind);

struct ImportRequest {
  std::string file_name;     // shown in the journal (folders removed)
  std::string_view content;  // the whole file
  bool dry_run = false;      // check and count, write nothing but the journal row
};

struct ImportResult {
  CatalogueImport journal;            // the catalogue_imports row written (id set)
  std::optional<std::string> broken;  // the structural fault: nothing was applied
  std::vector<RecordReport> records;  // every record, in file order
  bool dry_run = false;
};

// Imports a data·inclusion v1 (or v0) file: splits it into records (record_splitter.hpp),
// checks each alone (record_check.hpp), rejects every occurrence of an id found twice in the
// file (per kind), rejects services whose structure is neither in pacte nor valid in the file,
// then upserts the valid records by id in ONE transaction: structures first (new ones become
// pacte structures: institution, action operator structure, structure_di_details), then
// services (published actions; objective and barriers derived from the thematiques;
// search_text and action_codes in step). A record identical to what is stored is counted as
// unchanged and not written. A structurally broken file applies nothing. Always writes one
// catalogue_imports row (dry runs and broken files included) and the audit event
// "data_inclusion.import" with the counts, in the same transaction.
Result<ImportResult> ImportCatalogue(Store& store, const Clock& clock, const Settings& settings,
                                     const Actor& actor, const ImportRequest& request);

// The journal row; kNotFound when absent.
Result<CatalogueImport> GetCatalogueImport(Store& store, const Actor& actor, std::int64_t id);
// Newest first.
Result<PageOf<CatalogueImport>> ListCatalogueImports(Store& store, const Actor& actor,
                                                     const PageRequest& page);

// The report stored in the journal: {"broken": text|null, "records": [records with at least
// one finding: index, line, kind, id, v0, outcome, errors:[{field,message}], warnings:[…]]}.
nlohmann::json ImportReportJson(const ImportResult& result);
// The API answer: the journal's counts plus ImportReportJson's content, every record listed.
nlohmann::json ImportResultJson(const ImportResult& result);
// The counts of a journal row as JSON (id, file_name, dry_run, applied, records…).
nlohmann::json CatalogueImportJson(const CatalogueImport& row);

// A one-paragraph French summary ("12 enregistrements : 3 créés, …").
std::string ImportSummary(const CatalogueImport& row);

}  // namespace pacte::app
