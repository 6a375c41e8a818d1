#pragma once
// The pact pages (issue 6), under /pilotage/pacte:
//   GET  /pilotage/pacte                              the pact at a glance
//   GET  /pilotage/pacte/objectifs/{id}               an objective: trajectories, pilots,
//                                                     commitments, discussion
//   POST /pilotage/pacte/objectifs/{id}/commentaires  post to the discussion
//   POST /pilotage/pacte/objectifs/{id}/engagements   add a commitment
//   POST /pilotage/pacte/engagements/{id}             edit a commitment's text
//   POST /pilotage/pacte/indicateurs/{id}/mesures     enter a measurement (pilots)
//   GET  /pilotage/pacte/mes-engagements              a signatory's objectives and commitments
//   GET  /pilotage/pacte/rapport?annee=N[&format=xlsx|csv]  the yearly progress report
// and the management pages (pact_manage_pages.hpp).

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterPactPages(Router& router);

// Every route of the pact: these pages, the management pages and the API
// (web/api/v1/pact_api.hpp). The one call web/routes.cpp makes.
void RegisterPactRoutes(Router& router);

}  // namespace pacte::web
