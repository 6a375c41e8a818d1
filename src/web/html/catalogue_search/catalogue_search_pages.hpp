#pragma once
// Pages of the catalogue search:
//   GET /offre/actions                          search form, results (list, map per commune
//                                               and the same data as a table); query string
//                                               = the API's parameters, plus pour={person}
//                                               which adds a "Prescrire" link to each result
//   GET /beneficiaires/{id}/trouver-une-action  redirects to /offre/actions pre-filled with
//                                               the person's barriers (fort/moyen) and commune
// and the API GET /api/v1/actions (web/api/v1/action_search_api.hpp).

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterCatalogueSearchRoutes(Router& router);

}  // namespace pacte::web
