#pragma once
// Open data: the dashboard's tables as CSV files, at the fixed dates (today and the
// 31 December of the five previous years) for the whole département (grouped by territory)
// and for each territory (grouped by commune). Always disclosed with OpenDataDisclosure
// (aggregates, small counts hidden with secondary suppression), whoever asks: the pages are
// public (no login), like any open-data portal.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/store.hpp"
#include "app/stats/stats_service.hpp"

namespace pacte::app {

struct OpenDataArea {
  std::optional<std::int64_t> territory_id;  // nullopt: the whole département
  std::string name;                          // "Département", or the territory's name
};

struct OpenDataCatalogue {
  std::vector<Date> dates;          // most recent first
  std::vector<OpenDataArea> areas;  // the département first, then territories by name
};

OpenDataCatalogue ListOpenData(Store& store, const StatsService& stats);

// The view of one file. Errors: kInvalid (field date) for a date that is not published;
// kNotFound for an unknown territory.
Result<DashboardView> OpenDataView(Store& store, StatsService& stats, Date as_of,
                                   std::optional<std::int64_t> territory_id);

}  // namespace pacte::app
