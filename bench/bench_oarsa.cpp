// DREES OARSA of the last full year (ComputeOarsa: one streaming pass over every beneficiary
// as known at 31/12, six tables, disclosure, audit) against the bare SQL aggregate of table
// 1's total (the D&D persons at 31/12 as known then, one COUNT on rights_history).

#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <utility>

#include "app/ports/stats_facts_repository.hpp"
#include "app/ports/unit_of_work.hpp"
#include "app/stats/oarsa_report.hpp"
#include "bench_sections.hpp"

namespace pacte::bench {
namespace {

// Rows of rights_history known at ?2 (recorded by then, not superseded by then), the latest
// one started on or before ?1 per person, in D&D (etatdosrsa 2, flag 1).
const char* const kDdCount =
    "SELECT COUNT(*) FROM rights_history r WHERE r.person_id IS NOT NULL AND r.valid_from <= ?1 "
    "AND r.recorded_at <= ?2 AND (r.superseded_at IS NULL OR r.superseded_at > ?2) "
    "AND r.etatdosrsa = '2' AND r.dd_flag = '1' AND NOT EXISTS (SELECT 1 FROM rights_history n "
    "WHERE n.person_id = r.person_id AND n.valid_from <= ?1 AND n.recorded_at <= ?2 AND "
    "(n.superseded_at IS NULL OR n.superseded_at > ?2) AND (n.valid_from > r.valid_from OR "
    "(n.valid_from = r.valid_from AND n.id > r.id)))";

// kDdCount with its parameters written in, for the one-off check of the count (not timed).
std::string WithLiterals(const std::string& date, const std::string& known_at) {
  std::string sql = kDdCount;
  for (auto [mark, value] : {std::pair{"?1", date}, std::pair{"?2", known_at}}) {
    for (auto at = sql.find(mark); at != std::string::npos; at = sql.find(mark)) {
      sql.replace(at, 2, "'" + value + "'");
    }
  }
  return sql;
}

}  // namespace

void BenchOarsa(BenchContext& ctx) {
  const int year = static_cast<int>(std::chrono::year_month_day{ctx.clock.Today()}.year()) - 1;
  const std::string date = std::to_string(year) + "-12-31";
  long long total = 0;
  const double use_case = MedianMicros(
      [&] {
        auto report = app::ComputeOarsa(ctx.store, ctx.clock, ctx.actor, ctx.settings, year);
        if (!report) throw std::runtime_error("bench: OARSA failed: " + report.error().message);
        total = report->tables[0].blocks[0].total.value.value_or(-1);
      },
      3, 1000);
  // The streaming read alone (StatsFacts().ForEachPerson, no table): the repository's share.
  app::FactsQuery query;
  query.as_of = std::chrono::year{year} / std::chrono::December / 31;
  query.known_at = app::EndOfDay(query.as_of);
  const double repo = MedianMicros(
      [&] {
        ctx.store.Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
          uow.StatsFacts().ForEachPerson(query, [](const stats::PersonFacts&) {});
          return true;
        });
      },
      3, 1000);
  auto stmt = ctx.bare.Prepare(kDdCount);
  const std::vector<std::string> params{date, date + "T23:59:59Z"};
  const double bare = MedianMicros([&] { stmt.Run(params); }, 3, 1000);
  const auto rows = ctx.bare.Rows(WithLiterals(params[0], params[1]));
  std::printf(
      "\n== Enquête DREES OARSA %d (ComputeOarsa, 6 tableaux), %lld personnes en droits "
      "et devoirs au 31/12 (SQL brut : %s)\n",
      year, total, rows.at(0).at(0).c_str());
  std::printf("%-34s %12s %12s %12s %9s\n", "ms", "cas d'usage", "dépôt", "SQL brut", "ratio");
  std::printf("%-34s %12.1f %12.1f %12.1f %9.1f\n", "OARSA vs COUNT des D&D au 31/12",
              use_case / 1000, repo / 1000, bare / 1000, use_case / bare);
}

}  // namespace pacte::bench
