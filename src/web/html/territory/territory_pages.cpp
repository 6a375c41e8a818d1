#include "web/html/territory/territory_pages.hpp"

namespace pacte::web {

void RegisterTerritoryRoutes(Router& /*router*/) {}

}  // namespace pacte::web
