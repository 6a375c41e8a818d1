#pragma once
// Pages of the PDI programmes: GET/POST /offre/programmes, GET/POST /offre/programmes/{id}
// (policy: app/catalogue/programmes.hpp).

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterProgrammePages(Router& router);

}  // namespace pacte::web
