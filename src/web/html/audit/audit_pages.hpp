#pragma once
// Pages and API routes of the audit feature.

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterAuditRoutes(Router& router);

}  // namespace pacte::web
