#pragma once
// JSON API of the spreadsheet column mappings (intake policy kManageMappings):
//   GET    /api/v1/import-mappings        → {"items": [...], page, page_size, total}
//   POST   /api/v1/import-mappings        {name, source?, columns {header: field}, options?}
//          → 201 the mapping; 422 field errors; 409 name taken
//   GET    /api/v1/import-mappings/{id}
//   PUT    /api/v1/import-mappings/{id}   same body + version → 200; 409 stale version
//   DELETE /api/v1/import-mappings/{id}   → 204

#include <nlohmann/json.hpp>

#include "app/ports/import_mapping_repository.hpp"
#include "web/server/router.hpp"

namespace pacte::web {

void RegisterImportMappingsApi(Router& router);

nlohmann::json MappingJson(const app::StoredImportMapping& m);

}  // namespace pacte::web
