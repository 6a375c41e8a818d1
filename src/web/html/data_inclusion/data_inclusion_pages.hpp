#pragma once
// The data·inclusion exchange in the web layer (offer policy, kImportCatalogue):
//   GET  /offre/import          upload form (file read into a text area by
//                               assets/data-inclusion-import.js) and the last imports
//   POST /offre/import          mode=verifier: dry run, the page shows the summary and offers
//                               "Appliquer l'import"; mode=appliquer: applies and redirects to
//                               the report (a structurally broken file stays on the form, 422)
//   GET  /offre/imports/{id}    the report of one import or dry run
// plus the API of web/api/v1/data_inclusion_api.hpp.

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterDataInclusionRoutes(Router& router);

}  // namespace pacte::web
