#pragma once
// JSON API of contracts (Access::kApi; policy: app/contracts/contracts.hpp):
//   GET   /api/v1/beneficiaries/{id}/contracts   the person's contracts, newest start first
//   POST  /api/v1/beneficiaries/{id}/contracts   {type, starts_on, ends_on | duration_months
//         (3, 6, 12, 24), weekly_hours?, exemption_reason?, objectives?, signed_on?,
//         status? ("brouillon" default, or "signe" with signed_on), actions?: [{label,
//         action_type (1–15), catalogue_action_id?, prescription_id? (of the same person;
//         fills catalogue_action_id when absent)}]} → 201
//   GET   /api/v1/contracts/{id}
//   PATCH /api/v1/contracts/{id}                 {version, any field above (brouillon only),
//         status? ("signe" with signed_on; "termine" / "resilie" with closed_on and
//         closure_reason)} → 200
//   POST  /api/v1/contracts/{id}/renewal         the fields of a creation; absent ones are
//         copied from the renewed contract, starts_on defaults to the day after its end → 201
// The policy is checked before the body is read (403/404 first). Field errors are 422
// problem+json naming the field ("actions[1].action_type"); stale version, overlap, not a
// draft, already renewed: 409.

#include <nlohmann/json.hpp>

#include "app/ports/contract_repository.hpp"
#include "domain/common/time.hpp"
#include "web/server/router.hpp"

namespace pacte::web {

void RegisterContractApi(Router& router);

// The API representation of a contract; is_current is computed for `today`.
nlohmann::json ContractJson(const app::StoredContract& c, Date today);

}  // namespace pacte::web
