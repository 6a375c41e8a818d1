#pragma once
// The live dashboard as shown to one actor: every table disclosed with the actor's rule
// (exact figures, or aggregates with small counts hidden — domain/stats/disclosure.hpp), so
// pages, the API and the CSV downloads show the same figures.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/offer_figures/offer_figures.hpp"
#include "domain/common/time.hpp"
#include "domain/stats/dashboard.hpp"
#include "domain/stats/disclosure.hpp"

namespace pacte::app {

// A figure derived from disclosed counts or a statistic (rate, mean delay…): nullopt when
// hidden (secret statistique) or, with `absent`, when there is nothing to compute it over
// (a delay or a rate over nobody: "non calculable", shown "—").
enum class FigureKind { kCount, kRate, kDays };
struct FigureCell {
  std::optional<double> value;
  FigureKind kind = FigureKind::kCount;
  bool absent = false;
};
struct FigureTable {
  std::string title;
  std::string corner;  // the row dimension ("Territoire", "Délai"…)
  std::vector<std::string> row_labels;
  std::vector<std::string> column_labels;
  std::vector<std::vector<FigureCell>> cells;
};
// A table of counts, disclosed.
struct CountSection {
  std::string corner;
  stats::DisclosedTable table;
};

// Raw figures computed once per (date, territory, grouping) and cached; labels of the group
// keys resolved when computed.
struct DashboardComputation {
  stats::DashboardFigures figures;
  std::map<std::string, std::string> group_labels;  // group key → French label
  std::map<std::string, std::string> commune_names; // INSEE code → name
  OfferFigures offer;                               // fill rates of the year of as_of
  Timestamp computed_at{};
};

struct DashboardView {
  Date as_of{};
  stats::GroupBy group = stats::GroupBy::kTerritory;
  Timestamp computed_at{};
  bool exact = false;
  std::optional<std::int64_t> territory_id;  // figures restricted to this territory
  CountSection stages;         // persons by furthest stage reached (disjoint, with totals)
  FigureTable funnel;          // cumulative funnel derived from `stages`
  FigureTable delays;          // the four delays in total
  FigureTable delays_by_group; // entry → orientation per group
  CountSection orientation_mix;
  CountSection coverage;
  FigureTable coverage_rate;
  CountSection prescriptions;
  FigureTable fill_rates;
  CountSection exits;
  FigureTable trend;
  CountSection communes;
};

// The corner label of a grouping ("Territoire", "Commune", "Organisme référent"…).
std::string GroupCorner(stats::GroupBy g);

// Builds every table of the view from the raw figures with `rule`.
DashboardView BuildDashboardView(const DashboardComputation& c, const stats::DisclosureRule& rule);

}  // namespace pacte::app
