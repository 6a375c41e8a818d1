#pragma once
// Pages of a person's contracts (Access::kPage; policy: app/contracts/contracts.hpp):
//   GET  /beneficiaires/{id}/contrats       list (current contract highlighted) and, for who
//                                           may edit, the new-contract form
//   POST /beneficiaires/{id}/contrats       create → /contrats/{new}
//   GET  /contrats/{id}                     detail, transition forms, edit form while brouillon
//   POST /contrats/{id}                     edit a brouillon (version)
//   POST /contrats/{id}/statut              status, version, signed_on | closed_on,
//                                           closure_reason
//   GET  /contrats/{id}/renouvellement      renewal form, prefilled from the contract
//   POST /contrats/{id}/renouvellement      renew → /contrats/{new}
//   GET  /contrats/{id}/imprimer            the printable French contract
// RegisterContractRoutes also registers the JSON API (web/api/v1/contracts_api.hpp).

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterContractRoutes(Router& router);

}  // namespace pacte::web
