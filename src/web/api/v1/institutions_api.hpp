#pragma once
// JSON API of institutions (Access::kApi, policies of organisation_policy.hpp):
//   GET   /api/v1/institutions        ?q=&kind=&is_pact_signatory=&page=&page_size=
//   POST  /api/v1/institutions        {name, kind, siret?, is_pact_signatory?} → 201
//   GET   /api/v1/institutions/{id}
//   PATCH /api/v1/institutions/{id}   {version, name?, kind?, siret? (null or "" removes),
//                                      is_pact_signatory?}

#include <nlohmann/json.hpp>

#include "app/ports/institution_repository.hpp"
#include "web/server/router.hpp"

namespace pacte::web {

void RegisterInstitutionApi(Router& router);

// The API representation of an institution (snake_case, codes plus French labels).
nlohmann::json InstitutionJson(const app::Institution& i);

}  // namespace pacte::web
