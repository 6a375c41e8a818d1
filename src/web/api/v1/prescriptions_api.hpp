#pragma once
// JSON API of prescriptions (Access::kApi):
//   GET   /api/v1/prescriptions        ?beneficiary_id= (a person's, person policy) or
//         ?box=recues|envoyees|toutes (default: the caller's natural box), status=, page,
//         page_size → {items, page, page_size, total}
//   POST  /api/v1/prescriptions        {beneficiary_id, action_id, session_id?, message?,
//         weekly_hours?, weeks?} → 201 with Location (référent of the person)
//   GET   /api/v1/prescriptions/{id}   the prescription with its events and, for the operator,
//         the person's contact and référent
//   PATCH /api/v1/prescriptions/{id}   {status, reason? (refusee), reason_detail?, outcome?
//         (sortie), on? (entree/sortie date), version?} → 200 (operator of the action);
//         impossible transition or full session → 409, bad field → 422.

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterPrescriptionApi(Router& router);

}  // namespace pacte::web
