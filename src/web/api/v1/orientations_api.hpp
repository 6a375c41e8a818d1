#pragma once
// JSON API of orientations and re-orientation requests (Access::kApi, person policy):
//   GET  /api/v1/beneficiaries/{id}/orientations   the chain, newest first (list envelope)
//   POST /api/v1/beneficiaries/{id}/orientations   {parcours, structure_id, decided_on,
//        reason?, decided_by? (default pcd), is_reorientation? (default false), criteria?
//        {employment_situation?, qualification?, project?, difficulties?[{area, impact}],
//        other_difficulty?}} → 201
//   POST /api/v1/beneficiaries/{id}/reorientation-requests  {motive, proposed_parcours,
//        proposed_structure_id?} → 201
//   GET  /api/v1/reorientation-requests            pending requests visible to the actor
//   POST /api/v1/reorientation-requests/{id}/decision  {decision: acceptee|refusee, reason?,
//        structure_id?, decided_on?, version?} → 200
// A role that may not act gets 403/404 before its body is read.

#include <nlohmann/json.hpp>

#include "app/ports/orientation_repository.hpp"
#include "web/server/router.hpp"

namespace pacte::web {

void RegisterOrientationApi(Router& router);

nlohmann::json OrientationJson(const app::OrientationRecord& o);
nlohmann::json ReorientationRequestJson(const app::ReorientationRequestRecord& r);

}  // namespace pacte::web
