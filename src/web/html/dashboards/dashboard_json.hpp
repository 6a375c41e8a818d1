#pragma once
// The dashboard view (app/stats/dashboard_view.hpp) written for the page, the API and the
// downloads. Count tables go through the shared rendering of disclosed tables
// (web/html/stats/disclosed_table.hpp); derived figures (rates, delays, cumulative funnel)
// are written in the same `stats_table` partial format, hidden values as "s".

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/ports/table_writer.hpp"
#include "app/stats/dashboard_view.hpp"

namespace pacte::web {

// The sections of the dashboard in display order: id (stable, used by ?tableau= and the
// API), heading.
struct DashboardSection {
  std::string id;
  std::string heading;
};
const std::vector<DashboardSection>& DashboardSections();

// The figures' text: counts "1 234", rates "45,3 %", delays "79 j"; "s" when hidden, "—" when
// not calculable.
std::string FigureText(const app::FigureCell& c);

// {"sections": [{id, heading, table}], "charts": {...}} for the page.
nlohmann::json DashboardSectionsJson(const app::DashboardView& v);
// The charts' data (non-executable JSON block read by dashboard.js): shown values only,
// hidden ones null.
nlohmann::json DashboardChartsJson(const app::DashboardView& v);
// {as_of, group, computed_at, exact, territory_id, tables: {id: table}} for the API; a
// hidden figure is null.
nlohmann::json DashboardApiJson(const app::DashboardView& v);
// The tables to download: every section, or only `section_id` when not empty; empty when
// the id is unknown.
std::vector<app::Table> DashboardDownload(const app::DashboardView& v,
                                          const std::string& section_id);

}  // namespace pacte::web
