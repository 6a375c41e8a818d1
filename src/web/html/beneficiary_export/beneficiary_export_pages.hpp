#pragma once
// Downloading the beneficiaries list (issue 5):
//   GET /beneficiaires/export?format=csv|xlsx&<the list page's filters>
// The same persons as /beneficiaires for the same parameters (every page, at most
// app::kPersonListExportMaxRows), as pacte-beneficiaires-YYYY-MM-DD.csv / .xlsx.
// Refused (403) to the roles without IntakeAction::kExportPersonList.

#include <cstdint>
#include <nlohmann/json.hpp>

#include "app/policies/actor.hpp"
#include "web/server/http.hpp"
#include "web/server/router.hpp"

namespace pacte::web {

void RegisterBeneficiaryExportPages(Router& router);

// The list page's export block: {"csv": href, "xlsx": href} carrying the current filters
// (every parameter but page and taille), plus "too_large" (a French sentence) when `total`
// exceeds the cap; null when the actor may not export.
nlohmann::json BeneficiaryExportLinksJson(const app::Actor& actor, const Params& query,
                                          std::int64_t total);

}  // namespace pacte::web
