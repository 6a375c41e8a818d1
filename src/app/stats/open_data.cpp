#include "app/stats/open_data.hpp"

#include <algorithm>

#include "app/ports/territory_repository.hpp"
#include "app/ports/unit_of_work.hpp"

namespace pacte::app {
namespace {

constexpr std::size_t kPublishedDates = 6;  // today and five year ends

std::vector<Date> PublishedDates(const StatsService& stats) {
  auto dates = stats.FixedDates();
  if (dates.size() > kPublishedDates) dates.resize(kPublishedDates);
  return dates;
}

}  // namespace

OpenDataCatalogue ListOpenData(Store& store, const StatsService& stats) {
  OpenDataCatalogue c;
  c.dates = PublishedDates(stats);
  c.areas.push_back({std::nullopt, "Département"});
  auto territories = Read(store, [](UnitOfWork& uow) {
    return uow.Territory().ListTerritoryChoices();
  });
  std::sort(territories.begin(), territories.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  for (const auto& t : territories) c.areas.push_back({t.id, t.name});
  return c;
}

Result<DashboardView> OpenDataView(Store& store, StatsService& stats, Date as_of,
                                   std::optional<std::int64_t> territory_id) {
  const auto dates = PublishedDates(stats);
  if (std::find(dates.begin(), dates.end(), as_of) == dates.end()) {
    return Fail(Error::Invalid("open_data.date", "Cette date ne fait pas partie des dates publiées.",
                               "date"));
  }
  if (territory_id) {
    const bool known = Read(store, [&](UnitOfWork& uow) {
      return uow.Territory().FindTerritory(*territory_id).has_value();
    });
    if (!known) return Fail(Error::NotFound("open_data.territory", "Territoire inconnu."));
  }
  return stats.OpenData(as_of, territory_id,
                        territory_id ? stats::GroupBy::kCommune : stats::GroupBy::kTerritory);
}

}  // namespace pacte::app
