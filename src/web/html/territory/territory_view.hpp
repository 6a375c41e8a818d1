#pragma once
// What the territory page shows, as template data, and the map's GeoJSON.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/territory/territory_queries.hpp"

namespace pacte::web {

// Number of colours of the map palette (CSS classes .swatch-0 … .swatch-7).
inline constexpr std::size_t kMapPaletteSize = 8;

// Template data of territory_page.mustache: summary, territories and communes tables, legend,
// and "map_data", the JSON the map script reads (escaped for a <script type=
// "application/json"> block).
nlohmann::json TerritoryPageJson(const app::TerritoryOverview& overview);

// {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code","name",
// "territory_code","territory_name"},"geometry":…}]} built from the stored geometries.
std::string CommuneFeatureCollection(const std::vector<app::CommuneShape>& shapes);

// "1 234 567" with narrow no-break spaces, as French typography groups digits.
std::string FrenchNumber(std::int64_t n);

// JSON text safe inside a <script type="application/json"> element (<, > and & escaped).
std::string ScriptSafeJson(const nlohmann::json& value);

}  // namespace pacte::web
