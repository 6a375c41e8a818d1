#pragma once
// The "À traiter" pages (/a-traiter, /a-traiter/{kind}, /a-traiter/{kind}/export as CSV),
// the deadline rules page (/referentiels/echeances) and the work-list API
// (/api/v1/worklists…).

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterWorklistRoutes(Router& router);

// Registered by RegisterWorklistRoutes.
void RegisterDeadlineRulePages(Router& router);

}  // namespace pacte::web
