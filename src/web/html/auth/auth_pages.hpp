#pragma once
// Pages and API routes of the auth feature.

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterAuthRoutes(Router& router);

}  // namespace pacte::web
