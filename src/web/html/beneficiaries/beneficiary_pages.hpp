#pragma once
// Beneficiaries: pages (/beneficiaires, fiche, création, modification, journal,
// /mes-beneficiaires) and their API (/api/v1/beneficiaries…).

#include "app/beneficiaries/search_beneficiaries.hpp"
#include "web/server/http.hpp"
#include "web/server/router.hpp"

namespace pacte::web {

// Registers every page and API route of the beneficiaries feature.
void RegisterBeneficiaryRoutes(Router& router);

// The pages alone (beneficiary_file_pages.cpp, beneficiary_list_pages.cpp).
void RegisterBeneficiaryFilePages(Router& router);
void RegisterBeneficiaryListPages(Router& router);

// The list page's criteria from its query parameters (nom, nir, caf, naissance, territoire,
// commune, structure, referent, parcours, statut, tri, ordre); the list export reads the same.
app::BeneficiarySearch BeneficiarySearchFromPage(const Params& query);

}  // namespace pacte::web
