#pragma once
// JSON API of the territory (Access::kApi, every role):
//   GET /api/v1/territories  ?departement_code=&page=&page_size=
//   GET /api/v1/communes     ?territory_id=&q=&departement_code=&page=&page_size=

#include <nlohmann/json.hpp>

#include "app/ports/territory_repository.hpp"
#include "web/server/router.hpp"

namespace pacte::web {

void RegisterTerritoryApi(Router& router);

nlohmann::json TerritoryJson(const app::TerritorySummary& t);
nlohmann::json CommuneJson(const app::CommuneListItem& c);

}  // namespace pacte::web
