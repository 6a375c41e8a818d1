#pragma once
// JSON API of the référent unique (Access::kApi):
//   PUT  /api/v1/beneficiaries/{id}/referent  {agent_id, since, version?} → 200 the new active
//        assignment (PersonAction::kAssignReferent; version: the active assignment's)
//   GET  /api/v1/referents                    ?structure_id=&page=&page_size= caseloads
//   POST /api/v1/referents/{id}/transfer      {to_agent_id, since} → 200 {from_agent_id,
//        to_agent_id, person_ids, count} (PersonAction::kTransferCaseload)
// A role that may not act gets 403/404 before its body is read.

#include <nlohmann/json.hpp>

#include "app/ports/referent_repository.hpp"
#include "web/server/router.hpp"

namespace pacte::web {

void RegisterReferentApi(Router& router);

nlohmann::json AssignmentJson(const app::ReferentAssignment& a);
nlohmann::json CaseloadJson(const app::Caseload& c);

}  // namespace pacte::web
