#pragma once
// JSON API of notes (Access::kApi, person policy: kView to read, kEdit to write):
//   GET  /api/v1/beneficiaries/{id}/notes   the notes the caller may read, latest first
//   POST /api/v1/beneficiaries/{id}/notes   {body, visibility: referent|structure|followers}
//                                           → 201

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterNoteApi(Router& router);

}  // namespace pacte::web
