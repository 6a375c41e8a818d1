// The live dashboard of the département (StatsService) and the computed indicators
// (IndicatorLibrary) on the bench database, cold and warm, against the bare SQL aggregate of
// the same counts (persons in D&D, oriented, with a référent, per territory).

#include <cstdio>
#include <stdexcept>

#include "app/stats/indicator_library.hpp"
#include "app/stats/stats_service.hpp"
#include "bench_sections.hpp"

namespace pacte::bench {
namespace {

const char* const kBareAggregate =
    "SELECT territory_id, COUNT(*), COUNT(orientation_id), COUNT(referent_agent_id) "
    "FROM person_parcours WHERE dd_since IS NOT NULL GROUP BY territory_id";

}  // namespace

void BenchDashboard(BenchContext& ctx) {
  const Date today = ctx.clock.Today();
  app::Settings uncached = ctx.settings;
  uncached.stats_cache_seconds = 0;
  app::SystemClock clock;
  long long persons = 0;
  long long in_funnel = 0;
  // Cold: every call streams the whole population (no cache).
  app::StatsService cold_service(ctx.store, clock, uncached);
  const double cold = MedianMicros([&] {
    auto view = cold_service.Dashboard(ctx.actor, {today, stats::GroupBy::kTerritory});
    if (!view) throw std::runtime_error("bench: dashboard failed: " + view.error().message);
  }, 3, 1);
  {
    auto c = cold_service.Compute(today, std::nullopt, stats::GroupBy::kTerritory);
    persons = c->figures.persons;
    in_funnel = c->figures.total.funnel[0];
  }
  // Warm: the server's cache holds the figures; each call discloses and builds the tables.
  app::StatsService warm_service(ctx.store, clock, ctx.settings);
  (void)warm_service.Dashboard(ctx.actor, {today, stats::GroupBy::kTerritory});
  const double warm = MedianMicros([&] {
    auto view = warm_service.Dashboard(ctx.actor, {today, stats::GroupBy::kTerritory});
    if (!view) throw std::runtime_error("bench: dashboard failed");
  });
  // A past year's dashboard (as known at 31/12 of last year), cold.
  const Date last_year_end{(std::chrono::year_month_day{today}.year() - std::chrono::years{1}) /
                           std::chrono::December / 31};
  const double past = MedianMicros([&] {
    (void)cold_service.Dashboard(ctx.actor, {last_year_end, stats::GroupBy::kTerritory});
  }, 3, 1);
  app::IndicatorLibrary library(ctx.store, clock, uncached);
  const double indicators = MedianMicros([&] {
    if (!library.ValuesAt(today)) throw std::runtime_error("bench: indicators failed");
  }, 3, 1);
  auto stmt = ctx.bare.Prepare(kBareAggregate);
  const double bare = MedianMicros([&] { stmt.Run({}); }, 5, 300);
  std::printf("\n== Tableau de bord du département (StatsService), %lld personnes lues, "
              "%lld dans l'entonnoir de l'année\n", persons, in_funnel);
  std::printf("%-44s %12s %12s\n", "mesure", "ms", "ratio SQL");
  std::printf("%-44s %12.1f %12.1f\n", "tableau de bord à froid (aujourd'hui)", cold / 1000,
              cold / bare);
  std::printf("%-44s %12.1f %12.1f\n", "tableau de bord au 31/12 de l'an dernier", past / 1000,
              past / bare);
  std::printf("%-44s %12.2f %12.2f\n", "tableau de bord en cache (à chaud)", warm / 1000,
              warm / bare);
  std::printf("%-44s %12.1f %12.1f\n", "indicateurs calculés (ValuesAt, à froid)",
              indicators / 1000, indicators / bare);
  std::printf("%-44s %12.1f %12s\n", "SQL brut (COUNT … GROUP BY territoire)", bare / 1000, "1");
  std::printf("à froid : %.1f µs par personne lue\n",
              cold / static_cast<double>(persons ? persons : 1));
}

}  // namespace pacte::bench
