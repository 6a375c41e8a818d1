#pragma once
// Pages and API routes of the territory feature:
//   GET /territoire                   the territory page: commune map (ECharts) and the same
//                                     data as accessible tables (every signed-in role)
//   GET /territoire/communes.geojson  commune boundaries as a FeatureCollection for the map
//   and the API of web/api/v1/territory_api.hpp.

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterTerritoryRoutes(Router& router);

}  // namespace pacte::web
