#pragma once
// The three measures of pacte_bench. Each prints a French table on stdout: the use case,
// the repository call it makes (same SQL, no audit, no policy) and the bare SQL through the
// sqlite3 C API on a separate connection, with the ratio use case / bare SQL.

#include <string>

#include "app/config/settings.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "bench_support.hpp"

namespace pacte::bench {

struct BenchContext {
  app::Store& store;
  const app::Clock& clock;
  const app::Settings& settings;
  app::Actor actor;     // a coordinateur of the whole département (no visibility filter)
  BareDb& bare;
  std::string out_dir;  // where the HTTP paths and summary.txt are written for bench/run
};

// Name search: SearchBeneficiaries vs ListPersons vs the bare page SELECT (and COUNT).
// Writes search_paths.txt (API paths) and "search_bare_us <mean>" to summary.txt.
void BenchSearch(BenchContext& ctx);

// The fiche: GetBeneficiary vs its repository reads vs the bare person + person_parcours
// read, over a sample of persons. Writes fiche_paths.txt and "fiche_bare_us <mean>".
void BenchFiche(BenchContext& ctx);

// All work lists of the département: CountWorklists vs LoadSnapshots vs the four bare bulk
// queries, per 10,000 persons.
void BenchWorklists(BenchContext& ctx);

// data·inclusion exchange: ImportCatalogue of 10,000 services (creating, then unchanged) vs
// the bare INSERTs of the same rows (rolled back), and ExportAllRecords of every published
// service vs the bare SELECTs of its rows and codes. Adds 10,000 published actions.
void BenchDataInclusion(BenchContext& ctx);
// Catalogue search: SearchActions vs its repository call vs the bare count + ranked page
// SELECT (the same SQL text), over 300 then 10,000 published actions; inserts the synthetic
// actions it needs (bulk SQL) into the bench database.
void BenchCatalogue(BenchContext& ctx);

// DREES OARSA of the last full year: ComputeOarsa (one streaming pass, six tables) vs the bare
// COUNT of D&D persons at 31/12 as known then (table 1's total), with both counts printed.
void BenchOarsa(BenchContext& ctx);
// The live dashboard: StatsService::Dashboard of the département (grouped by territory) cold
// (no cache, the whole population streamed), as of 31/12 last year, and warm (cached), and
// IndicatorLibrary::ValuesAt cold, against the bare COUNT … GROUP BY territory of
// person_parcours.
void BenchDashboard(BenchContext& ctx);

// CAF flux import: a generated VRSB0801 file of `households` households (and one 4 times
// smaller) imported by RunCafImport into fresh SQLite databases under out_dir, against the bare
// INSERTs of the same rows; forced re-import; peak memory of each import. Needs no demo data.
void BenchCafImport(const std::string& out_dir, std::int64_t households);

}  // namespace pacte::bench
