#pragma once
// The live dashboard pages (/pilotage/tableau-de-bord and its downloads) and the open-data
// pages (/donnees-ouvertes, public: aggregates disclosed with OpenDataDisclosure only).

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterDashboardPages(Router& router);
void RegisterOpenDataPages(Router& router);

}  // namespace pacte::web
