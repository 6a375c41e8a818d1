#pragma once
// What the import API and the import pages share: reading an upload (multipart/form-data)
// into an app::IntakeImportRequest, and answering a report download.

#include <functional>
#include <string>

#include "app/intake/imports.hpp"
#include "web/server/context.hpp"

namespace pacte::web {

// Reads the multipart body: kind, mapping, dry_run, force, validate (true|false|on|1|0),
// sheet, plan_of and the file part `file`, which is kept under the import folder (deps.files)
// only when the form is otherwise sound and the actor may import this kind (checked first:
// a refused upload never touches the disk). Errors: kMalformed (400) for a body that is not
// multipart or is broken; kForbidden; kInvalid with field errors (kind, dry_run…, plan_of,
// file: "Le fichier est vide (0 octet).").
Result<app::IntakeImportRequest> ReadImportUpload(const RequestContext& ctx, const app::IntakeDeps& deps);

// Deletes the kept upload of a request that could not be started.
void DiscardUpload(const app::IntakeDeps& deps, const app::IntakeImportRequest& request);

// The report of run `id` as a file download (format "csv" or "xlsx"), or on_error(error).
HttpResponse ReportFileResponse(const RequestContext& ctx, std::int64_t id,
                                const std::string& format,
                                const std::function<HttpResponse(const Error&)>& on_error);

}  // namespace pacte::web
