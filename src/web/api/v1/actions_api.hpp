#pragma once
// JSON API of the catalogue (Access::kApi; policy: app/catalogue/catalogue.hpp). The search,
// GET /api/v1/actions, belongs to the search feature.
//   POST  /api/v1/actions                 {structure_id? (default: the operator's own), name,
//         description, objective, action_type, service_type, frais, …, thematiques, publics,
//         modes_accueil, modes_mobilisation, mobilisable_par, barriers, zone_eligibilite,
//         zone_territories, funders, weekly_hours, weeks, capacity, programme_year,
//         funding_amount_cents, convention_number, esf_cofunded} → 201, a brouillon
//   GET   /api/v1/actions/{id}            the action, its quality score (criteria, to_fix),
//         stale flag and sessions
//   PATCH /api/v1/actions/{id}            {version, any field above (null clears it),
//         status? "publiee" | "archivee"} → 200
//   GET   /api/v1/actions/{id}/sessions   the sessions with places taken and free
//   POST  /api/v1/actions/{id}/sessions   {starts_on, ends_on, places, label?, schedule?,
//         weekly_hours?, weeks?, place?, commune_code?} → 201
// The policy is checked before the body is read; field errors are 422 naming the field;
// stale version, impossible transition, archived action: 409.

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterActionApi(Router& router);

}  // namespace pacte::web
