#pragma once
// Pages and API routes of the territory feature.

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterTerritoryRoutes(Router& router);

}  // namespace pacte::web
