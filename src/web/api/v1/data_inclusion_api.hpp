#pragma once
// JSON API of the data·inclusion v1 exchange (Access::kApi, offer policy):
//   GET  /api/v1/data-inclusion/structures  ?page=&page_size=&format=json|csv
//   GET  /api/v1/data-inclusion/services    ?page=&page_size=&format=json|csv
//        JSON: {"items": [v1 records], "page", "page_size", "total"}; CSV (text/csv): every
//        record when page/page_size are absent, lists comma-joined in one cell.
//   POST /api/v1/data-inclusion/imports     ?dry_run=true|false&file_name=
//        raw body = the file (JSON array or JSON lines); 200 for a dry run, 201 when applied,
//        422 when the file is structurally broken; the body is the import report
//        (app::ImportResultJson).

#include "web/server/router.hpp"

namespace pacte::web {

void RegisterDataInclusionApi(Router& router);

}  // namespace pacte::web
