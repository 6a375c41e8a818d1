#pragma once
// GET /api/v1/stats/dashboard?date=YYYY-MM-DD&group=territoire: the live dashboard's tables
// disclosed for the token's agent (hidden counts null), like the page.

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterDashboardApi(Router& router);

}  // namespace pacte::web
