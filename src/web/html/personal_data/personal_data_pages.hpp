#pragma once
// /beneficiaires/{id}/donnees (readable French page) and /beneficiaires/{id}/donnees.json
// (download): the right of access, PersonAction::kExport, audited as "person.export".

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterPersonalDataPages(Router& router);

}  // namespace pacte::web
