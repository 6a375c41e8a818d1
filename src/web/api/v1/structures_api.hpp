#pragma once
// JSON API of structures (Access::kApi, policies of organisation_policy.hpp):
//   GET   /api/v1/structures       ?q=&commune=&territory_id=&institution_id=&kind=
//                                   &drees_category=&page=&page_size=
//   POST  /api/v1/structures       {institution_id, name, commune_code, drees_category,
//                                   is_referent_body?, is_action_operator?, address?, phone?,
//                                   email?} → 201
//   GET   /api/v1/structures/{id}
//   PATCH /api/v1/structures/{id}  {version, …any field above; null or "" clears address,
//                                   phone and email}
// kind: organisme_referent | operateur_actions | referent_et_operateur.

#include <nlohmann/json.hpp>

#include "app/ports/structure_repository.hpp"
#include "web/server/router.hpp"

namespace pacte::web {

void RegisterStructureApi(Router& router);

// The API representation of a structure (snake_case, codes plus French labels).
nlohmann::json StructureJson(const app::Structure& s);

}  // namespace pacte::web
