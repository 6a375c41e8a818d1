#pragma once
// Health, readiness, metrics, the home page and the OpenAPI description.

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterSystemRoutes(Router& router);

}  // namespace pacte::web
