#pragma once
// Pages and API routes of the agents feature.

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterAgentRoutes(Router& router);

}  // namespace pacte::web
