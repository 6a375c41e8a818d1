#pragma once
// Diagnostic and personal-data routes (package F), registered from routes.cpp by one line:
//   /beneficiaires/{id}/diagnostic (GET, POST), /referentiels/situations (GET, POST),
//   /referentiels/situations/{id} (POST), /beneficiaires/{id}/donnees (GET),
//   /beneficiaires/{id}/donnees.json (GET), and their API
//   (/api/v1/beneficiaries/{id}/diagnostics, /api/v1/beneficiaries/{id}/personal-data).

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterDiagnosticAndPersonalDataRoutes(Router& router);

// The person's diagnostic page and its form.
void RegisterDiagnosticPages(Router& router);
// The referential of situations (admin, coordinateur).
void RegisterSituationPages(Router& router);

}  // namespace pacte::web
