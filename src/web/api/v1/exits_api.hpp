#pragma once
// JSON API of exits and social-path reviews (Access::kApi, person policy kEdit):
//   POST /api/v1/beneficiaries/{id}/exit     {exited_on, reason, comment?} → 201
//        {exit…, cancelled_appointments: [ids]}; 409 when the parcours is already closed
//   POST /api/v1/beneficiaries/{id}/reviews  {reviewed_on, kind: equipe_pluridisciplinaire|
//        revue_conjointe, outcome?} → 201

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterExitApi(Router& router);

}  // namespace pacte::web
