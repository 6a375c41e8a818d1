#pragma once
// JSON API of the beneficiary imports (issue 5; Access::kApi, intake policy):
//   POST /api/v1/imports                multipart/form-data: file, kind = caf|spreadsheet,
//        mapping (spreadsheets: name or id), dry_run, force, validate (true|false), sheet,
//        plan_of (id of the dry run to apply; the file may then be omitted)
//        → 202 {id, status, links}; 400 bad multipart; 413 over max_upload_bytes; 422 field
//        errors (kind, file, mapping, plan_of…).
//   GET  /api/v1/imports                ?kind=&page=&page_size= → list envelope
//   GET  /api/v1/imports/{id}           the run: status, progress {percent, rows_per_second,
//        seconds_left, done, total, units}, counts, error, links
//   GET  /api/v1/imports/{id}/lines     ?outcome=&page=&page_size= → list of report lines
//   GET  /api/v1/imports/{id}/report    ?format=csv|xlsx → the report file
//   POST /api/v1/imports/{id}/cancel    → 202 the run (409 when already over)
//   GET/POST /api/v1/import-mappings, GET/PUT/DELETE /api/v1/import-mappings/{id}
//        {name, source, columns: {header: field code}, options, version (PUT)}.

#include <nlohmann/json.hpp>

#include "app/ports/import_repository.hpp"
#include "web/server/router.hpp"

namespace pacte::web {

void RegisterImportsApi(Router& router);

// The JSON of a run as GET /api/v1/imports/{id} gives it (now: to compute the pace).
nlohmann::json ImportJson(const app::ImportRecord& r, Timestamp now);

}  // namespace pacte::web
