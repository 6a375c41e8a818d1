#pragma once
// GET/POST /api/v1/beneficiaries/{id}/diagnostics: dated diagnostic versions.

#include <nlohmann/json.hpp>

#include "app/diagnostics/diagnostics.hpp"
#include "web/server/router.hpp"

namespace pacte::web {

// One version: assets, items (theme, situation_code, situation_label, impact), and
// health_hidden when the sante items were left out for the actor.
nlohmann::json DiagnosticJson(const app::StoredDiagnostic& d,
                              const std::vector<app::StoredSituation>& situations,
                              bool health_hidden);

void RegisterDiagnosticApi(Router& router);

}  // namespace pacte::web
