#pragma once
// Pages of the catalogue (policy: app/catalogue/catalogue.hpp, programmes.hpp):
//   GET  /offre/mes-actions                 the actions the agent manages, fill rates and
//                                           the "à mettre à jour" flag
//   GET  /offre/actions/nouvelle            creation form; POST creates a brouillon
//   GET  /offre/actions/{id}                the fiche: fields, quality score and what to fix,
//                                           sessions with places; management forms
//   GET  /offre/actions/{id}/modifier       edit form; POST saves (409 on a stale version)
//   POST /offre/actions/{id}/publier, /archiver, /sessions (adds a session)
//   GET  /offre/programmes                  programmes by year; POST creates one
//   GET  /offre/programmes/{id}             budget against funding, attached actions; POST saves
// Also registers the JSON API of the catalogue (web/api/v1/actions_api.hpp).

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterCatalogueRoutes(Router& router);

}  // namespace pacte::web
