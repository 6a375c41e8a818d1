#pragma once
// GET /api/v1/actions: the catalogue search (published actions), parameters as in the issue
// (q, objective, thematique, barrier, commune, radius_km, public, mode, has_places, from,
// to) plus weekly_hours_min, weekly_hours_max, page, page_size. 422 names each bad or
// unknown parameter. POST /api/v1/actions (creation) belongs to the catalogue package.

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterActionSearchApi(Router& router);

}  // namespace pacte::web
