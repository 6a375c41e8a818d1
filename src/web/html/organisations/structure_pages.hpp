#pragma once
// Pages of structures (French, server-rendered):
//   GET  /structures             list: search by name, filter by commune, territory, kind and
//                                DREES category, pages (one COUNT and one LIMIT/OFFSET query)
//   GET  /structures/nouvelle    creation form (admin, coordinateur); ?institution_id= preselects
//   POST /structures/nouvelle    create → 303 to the structure, or the form with inline errors
//   GET  /structures/{id}        the structure (edit form for managers)
//   POST /structures/{id}        update with the hidden version (stale → 409 message)

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterStructurePages(Router& router);

}  // namespace pacte::web
