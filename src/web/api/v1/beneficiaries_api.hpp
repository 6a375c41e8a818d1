#pragma once
// /api/v1/beneficiaries: list and search (GET), create (POST), read (GET {id}), change
// (PATCH {id} with version), journal (GET {id}/timeline).

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterBeneficiaryApi(Router& router);

}  // namespace pacte::web
