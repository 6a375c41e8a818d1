#pragma once
// The statistics engine of the live dashboards (one per server, thread-safe). A dashboard is
// computed in one streaming pass over the population as known at the end of a date
// (StatsFactsRepository, FactsQuery::known_at = EndOfDay(as_of)), so the dashboard of a past
// date is reproduced exactly from today's database; the raw figures are cached per (date,
// territory, grouping) for [stats] cache_seconds (a day at least for past dates, which cannot
// change), and disclosed per request with the actor's rule (app::DisclosureFor).
//
// What each actor may ask (no free-form filter lets two queries be differenced):
//   - agents entitled to exact figures (admin, coordinateur, chargé d'orientation): any date
//     up to today, every grouping (the référent one needs StatsAction::kBreakDownByReferent);
//   - others (signataire, lecteur_stats): the fixed dates only (FixedDates: today and the
//     31 December of the ten previous years) and the fixed grids (territory, commune,
//     organisme référent, year or month of entry, none).
// A chargé d'orientation scoped to a territory sees the figures of that territory.

#include <cstdint>
#include <memory>
#include <optional>
#include <tuple>
#include <vector>

#include "app/config/settings.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "app/stats/dashboard_cache.hpp"
#include "app/stats/dashboard_view.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

struct DashboardRequest {
  std::optional<Date> as_of;  // absent: today
  stats::GroupBy group = stats::GroupBy::kTerritory;
};

class StatsService {
 public:
  StatsService(Store& store, Clock& clock, const Settings& settings);

  // Errors: kForbidden without StatsAction::kReadDashboards (or kBreakDownByReferent for the
  // référent grouping); kInvalid field "date" for a date after today, or, for an actor
  // without exact figures, a date that is not one of FixedDates.
  Result<DashboardView> Dashboard(const Actor& actor, const DashboardRequest& request);

  // Open data: always disclosed with OpenDataDisclosure; `as_of` must be one of FixedDates
  // (kInvalid otherwise); territory nullopt for the whole département.
  Result<DashboardView> OpenData(Date as_of, std::optional<std::int64_t> territory_id,
                                 stats::GroupBy group);

  // Today, then the 31 December of the ten previous years (most recent first).
  std::vector<Date> FixedDates() const;
  // The groupings `actor` may choose, in display order.
  std::vector<stats::GroupBy> Groupings(const Actor& actor) const;
  // True when `actor` may choose any date (exact figures).
  bool ChoosesAnyDate(const Actor& actor) const;

  // Computes and caches the figures asked for most (today's and the last 31 December's,
  // grouped by territory, whole département), for a job to call at start and every
  // cache_seconds so that no user pays the cold pass (about 4–5 s on tier L, bench/README.md).
  void Prewarm();

  // The raw figures (cached); exposed for the benchmark and tests.
  // `refresh`: computed again even when cached (the prewarming job).
  std::shared_ptr<const DashboardComputation> Compute(Date as_of,
                                                      std::optional<std::int64_t> territory_id,
                                                      stats::GroupBy group,
                                                      bool refresh = false);

 private:
  DashboardComputation ComputeNow(Date as_of, std::optional<std::int64_t> territory_id,
                                  stats::GroupBy group);
  Store& store_;
  Clock& clock_;
  const Settings& settings_;
  using Key = std::tuple<Date, std::int64_t, int>;
  TimedCache<Key, std::shared_ptr<const DashboardComputation>> cache_;
};

}  // namespace pacte::app
