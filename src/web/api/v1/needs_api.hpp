#pragma once
// GET /api/v1/stats/needs?date=YYYY-MM-DD&territory=ID — needs versus offer by territory
// (and the communes of `territory`), disclosed for the caller (hidden counts are null).

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterNeedsApi(Router& router);

}  // namespace pacte::web
