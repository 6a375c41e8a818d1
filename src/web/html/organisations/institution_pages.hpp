#pragma once
// Pages of institutions (French, server-rendered):
//   GET  /institutions              list: search by name, filter by kind and signatory, pages
//   GET  /institutions/nouvelle     creation form (admin, coordinateur)
//   POST /institutions/nouvelle     create → 303 to the institution, or the form with errors
//   GET  /institutions/{id}         the institution (edit form for managers) and its structures
//   POST /institutions/{id}         update with the hidden version (stale → 409 message)

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterInstitutionPages(Router& router);

}  // namespace pacte::web
