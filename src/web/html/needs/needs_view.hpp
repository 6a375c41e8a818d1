#pragma once
// How the needs-versus-offer report (app/needs/needs_report.hpp) is shown: page data, API
// JSON and downloads. Counts go through the shared disclosed-table rendering
// (web/html/stats/disclosed_table.hpp); hidden values are "s" (null in the API).

#include <cstddef>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/needs/needs_report.hpp"
#include "app/ports/table_writer.hpp"

namespace pacte::web {

// The French explanation of the gap index, shown on every page.
extern const char* const kGapIndexExplanation;

// {date, year, exact, territories[{key, label, themes[{theme, label, fort, moyen, need,
// places, actions, fill_rate, gap_index, gap_hidden}]}], departement?, territory?, communes[]}
nlohmann::json NeedsApiJson(const app::NeedsReport& r);

// Page data: the need table (areas × themes, disclosed counts) and the detail table of
// `theme` (fort, moyen, need, places, actions, fill rate, gap index per area).
nlohmann::json NeedsTablesJson(const std::vector<app::NeedsArea>& areas,
                               const std::optional<app::NeedsArea>& total, std::size_t theme,
                               const std::string& corner);

// One sheet per theme: area, fort, moyen, need, places, actions, fill rate, gap index.
std::vector<app::Table> NeedsDownload(const std::vector<app::NeedsArea>& areas,
                                      const std::optional<app::NeedsArea>& total,
                                      const std::string& corner);

// The areas' themes ranked by gap index (largest first; non calculable and hidden last):
// [{label, themes[{label, need, places, fill_rate, gap, explanation}]}].
nlohmann::json IdentificationJson(const std::vector<app::NeedsArea>& areas);

// The figures of the map (needs-map.js), as script-safe JSON: {by, areas{key: {gap, text,
// need}}}, keyed by area label when `by` is "territory", by INSEE code when "commune".
std::string NeedsMapData(const std::vector<app::NeedsArea>& areas, std::size_t theme,
                         const std::string& by);

std::string PlacesText(double places);
std::string GapText(const app::NeedsCell& c);

}  // namespace pacte::web
