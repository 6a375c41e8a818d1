#pragma once
// Managing the pact (coordinateur, admin), one page with one form per kind of change:
//   GET  /pilotage/pacte/gestion
//   POST /pilotage/pacte/gestion/pacte         create the pact, or update it (id + version)
//   POST /pilotage/pacte/gestion/signataires   add or update a signature
//   POST /pilotage/pacte/gestion/orientations  add an orientation
//   POST /pilotage/pacte/gestion/objectifs     add an objective with its pilots
//   POST /pilotage/pacte/gestion/pilotes       replace the pilots of an objective
//   POST /pilotage/pacte/gestion/indicateurs   add an indicator
//   POST /pilotage/pacte/gestion/cibles        set the target of a year
// A refused form is shown again (422, 409 for conflicts) with its errors next to its fields;
// a missing or unknown choice (objective, indicator) is reported there too.

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterPactManagePages(Router& router);

}  // namespace pacte::web
