#pragma once
// Pages of the beneficiary imports (issue 5), French, for the roles of the intake policy:
//   GET  /imports                        runs (newest first) and the upload form
//   POST /imports                        multipart upload → /imports/{id}; a spreadsheet
//        without a mapping → the mapping editor built from the file
//   GET  /imports/{id}                   progress (htmx polling of /imports/{id}/progression
//        every second while active), counts, report lines (?resultat=&page=), links
//   GET  /imports/{id}/progression       the progress fragment (HX-Refresh once over)
//   GET  /imports/{id}/rapport           ?format=csv|xlsx
//   POST /imports/{id}/annuler           cancel
//   POST /imports/{id}/appliquer         apply a finished spreadsheet dry run (plan_of)
//   GET  /imports/correspondances        saved mappings
//   GET  /imports/correspondances/nouvelle?fichier=&nom=&feuille=   editor from a kept upload
//   POST /imports/correspondances/nouvelle   save, then dry run of that file
//   GET  /imports/correspondances/{id}   editor of a saved mapping (?fichier= for samples)
//   POST /imports/correspondances/{id}   save (version); POST …/{id}/supprimer

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterImportRoutes(Router& router);
// The mapping pages (mapping_pages.cpp).
void RegisterImportMappingPages(Router& router);

}  // namespace pacte::web
