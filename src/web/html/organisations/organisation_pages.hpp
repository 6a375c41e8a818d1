#pragma once
// Pages and API routes of the organisations feature.

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterOrganisationRoutes(Router& router);

}  // namespace pacte::web
