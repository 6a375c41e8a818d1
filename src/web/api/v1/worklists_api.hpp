#pragma once
// GET /api/v1/worklists (counts per kind) and GET /api/v1/worklists/{kind} (one page of a
// work list). Query parameters: perimeter (mine | structure), territory_id, structure_id,
// referent_id, and page / page_size for a list. Items carry ids and dates, no names.

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterWorklistsApi(Router& router);

}  // namespace pacte::web
