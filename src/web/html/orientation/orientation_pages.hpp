#pragma once
// Pages and API routes of orientation and référent unique:
//   GET  /beneficiaires/{id}/orientation            the person's orientation page
//   POST /beneficiaires/{id}/orientation            orient / re-orient (charge_orientation)
//   POST /beneficiaires/{id}/reorientation          request a re-orientation (référent)
//   POST /beneficiaires/{id}/referent               designate the référent
//   GET  /reorientations, POST /reorientations/{id} pending requests and their decision
//   GET  /referents, GET/POST /referents/{id}/transfert   caseloads and their transfer
// plus the JSON API of web/api/v1/orientations_api.hpp and referents_api.hpp.

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterOrientationRoutes(Router& router);

// Split by page family (orientation_page.cpp, reorientation_pages.cpp, referent_pages.cpp).
void RegisterPersonOrientationPages(Router& router);
void RegisterReorientationPages(Router& router);
void RegisterReferentPages(Router& router);

}  // namespace pacte::web
