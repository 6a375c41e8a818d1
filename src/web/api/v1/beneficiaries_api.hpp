#pragma once
// /api/v1/beneficiaries: list and search (GET), create (POST), read (GET {id}), change
// (PATCH {id} with version), journal (GET {id}/timeline).

#include <set>
#include <string>

#include "app/beneficiaries/search_beneficiaries.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/server/router.hpp"

namespace pacte::web {

void RegisterBeneficiaryApi(Router& router);

// The filters of GET /api/v1/beneficiaries (also read by /api/v1/beneficiaries/export).
const std::set<std::string>& BeneficiaryListParameters();

// Reads those filters, reporting unreadable ones (status, sort, order, ids) to `q`.
app::BeneficiarySearch ReadBeneficiarySearch(QueryReader& q);

}  // namespace pacte::web
