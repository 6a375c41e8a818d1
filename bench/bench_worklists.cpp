// All work lists of the département: CountWorklists vs LoadSnapshots vs the bare bulk reads.

#include <cstdio>
#include <stdexcept>

#include "app/ports/unit_of_work.hpp"
#include "app/ports/worklist_repository.hpp"
#include "app/worklists/worklists.hpp"
#include "bench_sections.hpp"

namespace pacte::bench {
namespace {

// SqlWorklistRepository::LoadSnapshots's four queries without filter (the whole
// département); ?1 is today.
const char* const kBulkReads[] = {
    "SELECT pp.person_id, pp.dd_since, pp.orientation_id, pp.oriented_on, pp.parcours, "
    "pp.structure_id, s.drees_category, pp.referent_agent_id FROM person_parcours pp "
    "LEFT JOIN structures s ON s.id = pp.structure_id WHERE 1 = 1 ORDER BY pp.person_id",

    "SELECT x.person_id, x.id, x.type, x.status, x.signed_on, x.starts_on, x.ends_on, "
    "x.closed_on FROM contracts x JOIN person_parcours pp ON pp.person_id = x.person_id "
    "WHERE 1 = 1 AND x.status <> 'brouillon' ORDER BY x.person_id, x.id",

    "SELECT x.person_id, x.id, substr(x.starts_at, 1, 10), x.status FROM appointments x "
    "JOIN person_parcours pp ON pp.person_id = x.person_id WHERE 1 = 1 AND x.status = 'a_venir'"
    " UNION ALL SELECT x.person_id, MAX(x.id), MAX(substr(x.starts_at, 1, 10)), 'honore' "
    "FROM appointments x JOIN person_parcours pp ON pp.person_id = x.person_id WHERE 1 = 1 "
    "AND x.status = 'honore' AND substr(x.starts_at, 1, 10) <= ?1 GROUP BY x.person_id",

    "SELECT x.person_id, 'exit', MAX(x.exited_on) FROM exits x "
    "JOIN person_parcours pp ON pp.person_id = x.person_id WHERE 1 = 1 GROUP BY x.person_id"
    " UNION ALL SELECT x.person_id, 'review', MAX(x.reviewed_on) FROM parcours_reviews x "
    "JOIN person_parcours pp ON pp.person_id = x.person_id WHERE 1 = 1 GROUP BY x.person_id"
    " UNION ALL SELECT x.person_id, 'vulnerable', NULL FROM diagnostics x "
    "JOIN person_parcours pp ON pp.person_id = x.person_id WHERE 1 = 1"
    " AND NOT EXISTS (SELECT 1 FROM diagnostics n WHERE n.person_id = x.person_id AND "
    "(n.made_on > x.made_on OR (n.made_on = x.made_on AND n.id > x.id))) "
    "AND EXISTS (SELECT 1 FROM diagnostic_items i WHERE i.diagnostic_id = x.id AND "
    "i.theme IN ('sante', 'logement', 'contraintes_familiales') AND "
    "i.impact IN ('fort', 'moyen'))",
};

}  // namespace

void BenchWorklists(BenchContext& ctx) {
  const app::WorklistQuery query;  // no filter: everything the coordinateur sees
  const Date today = ctx.clock.Today();
  std::size_t persons = 0;
  std::int64_t items = 0;
  const double use_case = MedianMicros([&] {
    auto counts = app::CountWorklists(ctx.store, ctx.clock, ctx.settings, ctx.actor, query);
    if (!counts) throw std::runtime_error("bench: work lists failed: " + counts.error().message);
    items = 0;
    for (const auto& c : counts->counts) items += c.count;
  }, 3, 1000);
  const double repo = MedianMicros([&] {
    ctx.store.Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      persons = uow.Worklists()
                    .LoadSnapshots(app::ResolveWorklistFilter(ctx.actor, query), today)
                    .size();
      return true;
    });
  }, 3, 1000);
  const std::vector<std::string> params{FormatIsoDate(today)};
  double bare = 0;
  std::vector<double> each;
  for (const char* sql : kBulkReads) {
    auto stmt = ctx.bare.Prepare(sql);
    const bool dated = std::string(sql).find("?1") != std::string::npos;
    each.push_back(MedianMicros([&] { stmt.Run(dated ? params : std::vector<std::string>{}); },
                                3, 1000));
    bare += each.back();
  }
  const double per = 10000.0 / static_cast<double>(persons ? persons : 1);
  std::printf("\n== Toutes les listes « À traiter » du département (CountWorklists), "
              "%zu personnes, %lld éléments\n", persons, static_cast<long long>(items));
  std::printf("%-28s %12s %12s %12s %9s\n", "ms par 10 000 personnes", "cas d'usage", "dépôt",
              "SQL brut", "ratio");
  std::printf("%-28s %12.1f %12.1f %12.1f %9.1f\n", "CountWorklists", use_case / 1000 * per,
              repo / 1000 * per, bare / 1000 * per, use_case / bare);
  std::printf("SQL brut par requête (ms, total) : base %.1f, contrats %.1f, rendez-vous %.1f, "
              "faits %.1f\n", each[0] / 1000, each[1] / 1000, each[2] / 1000, each[3] / 1000);
}

}  // namespace pacte::bench
