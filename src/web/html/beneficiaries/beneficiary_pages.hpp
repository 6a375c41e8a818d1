#pragma once
// Beneficiaries: pages (/beneficiaires, fiche, création, modification, journal,
// /mes-beneficiaires) and their API (/api/v1/beneficiaries…).

#include "web/server/router.hpp"

namespace pacte::web {

// Registers every page and API route of the beneficiaries feature.
void RegisterBeneficiaryRoutes(Router& router);

// The pages alone (beneficiary_file_pages.cpp, beneficiary_list_pages.cpp).
void RegisterBeneficiaryFilePages(Router& router);
void RegisterBeneficiaryListPages(Router& router);

}  // namespace pacte::web
