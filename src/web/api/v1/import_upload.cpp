#include "web/api/v1/import_upload.hpp"

#include <cctype>

#include "app/policies/intake_policy.hpp"
#include "domain/common/text.hpp"
#include "web/server/multipart.hpp"

namespace pacte::web {
namespace {

std::optional<bool> Flag(const std::vector<MultipartPart>& parts, const std::string& name,
                         Validation& v) {
  auto text = PartText(parts, name);
  if (!text) return false;
  auto t = Trim(*text);
  if (t == "true" || t == "1" || t == "on") return true;
  if (t.empty() || t == "false" || t == "0" || t == "off") return false;
  v.Add(name, "Valeur attendue : true ou false.");
  return std::nullopt;
}

std::optional<std::int64_t> PositiveId(const std::string& text) {
  if (text.empty() || text.size() > 18) return std::nullopt;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
  }
  auto n = std::stoll(text);
  return n > 0 ? std::optional(n) : std::nullopt;
}

// The shown name of an upload: its last path component (some browsers send a full path).
std::string ShownName(const std::string& filename) {
  auto slash = filename.find_last_of("/\\");
  std::string name = Trim(slash == std::string::npos ? filename : filename.substr(slash + 1));
  if (name.size() > 200) name.resize(200);
  return name;
}

}  // namespace

Result<app::IntakeImportRequest> ReadImportUpload(const RequestContext& ctx,
                                            const app::IntakeDeps& deps) {
  // Permission before reading the body: a role that may import nothing gets 403.
  if (!app::IsAllowed(ctx.Who(), app::IntakeAction::kImportSpreadsheet) &&
      !app::IsAllowed(ctx.Who(), app::IntakeAction::kImportCaf)) {
    return Fail(Error::Forbidden("Vous ne pouvez pas importer de fichiers de bénéficiaires."));
  }
  auto parts = ParseMultipart(ctx.req.Header("content-type"), ctx.req.body);
  if (!parts) return Fail(parts.error());
  Validation v;
  app::IntakeImportRequest r;
  r.kind = Trim(PartText(*parts, "kind").value_or(""));
  if (r.kind == app::kImportKindCaf) {
    if (auto ok = app::Authorize(ctx.Who(), app::IntakeAction::kImportCaf); !ok) return Fail(ok.error());
  } else if (r.kind == app::kImportKindSpreadsheet) {
    if (auto ok = app::Authorize(ctx.Who(), app::IntakeAction::kImportSpreadsheet); !ok) {
      return Fail(ok.error());
    }
  } else {
    v.Add("kind", "Type d'import inconnu : caf ou spreadsheet.");
  }
  r.mapping = Trim(PartText(*parts, "mapping").value_or(""));
  r.sheet = Trim(PartText(*parts, "sheet").value_or(""));
  r.dry_run = Flag(*parts, "dry_run", v).value_or(false);
  r.force = Flag(*parts, "force", v).value_or(false);
  r.validate = Flag(*parts, "validate", v).value_or(false);
  if (auto plan = Trim(PartText(*parts, "plan_of").value_or("")); !plan.empty()) {
    r.plan_of = PositiveId(plan);
    if (!r.plan_of) v.Add("plan_of", "Identifiant de simulation invalide.");
  }
  const auto* file = FindPart(*parts, "file");
  bool given = file && (!file->data.empty() || !file->filename.value_or("").empty());
  if (!given && !r.plan_of) v.Add("file", "Choisissez le fichier à importer.");
  if (!v.Ok()) return Fail(v.ToError("import.invalid"));
  if (given) {
    auto kept = deps.files->Keep(file->data, ShownName(file->filename.value_or("")));
    if (!kept) return Fail(kept.error());
    r.file = *kept;
  }
  return r;
}

void DiscardUpload(const app::IntakeDeps& deps, const app::IntakeImportRequest& request) {
  if (!request.file.path.empty()) deps.files->Discard(request.file.path);
}

HttpResponse ReportFileResponse(const RequestContext& ctx, std::int64_t id,
                                const std::string& format,
                                const std::function<HttpResponse(const Error&)>& on_error) {
  auto& s = ctx.services;
  bool xlsx = format == "xlsx";
  auto bytes = app::ExportImportReport(s.store, ctx.Who(), *s.intake, id,
                                       xlsx ? app::TableFormat::kXlsx : app::TableFormat::kCsv);
  if (!bytes) return on_error(bytes.error());
  auto r = HttpResponse::Text(
      std::move(*bytes),
      xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
           : "text/csv; charset=utf-8");
  r.Set("Content-Disposition", "attachment; filename=\"import-" + std::to_string(id) + "-rapport." +
                                   (xlsx ? "xlsx" : "csv") + "\"");
  return r;
}

}  // namespace pacte::web
