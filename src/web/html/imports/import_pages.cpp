#include "web/html/imports/import_pages.hpp"

#include "app/intake/imports.hpp"
#include "app/intake/import_mappings.hpp"
#include "app/intake/spreadsheet_preview.hpp"
#include "app/policies/intake_policy.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/import_upload.hpp"
#include "web/api/v1/imports_api.hpp"
#include "web/html/forms.hpp"
#include "web/html/imports/import_views.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

using Json = nlohmann::json;

Error Unavailable() {
  return Error{ErrorKind::kConflict, "import.unavailable",
               "Les imports ne sont pas disponibles sur ce serveur.", {}};
}

Json MappingOptions(RequestContext& ctx, const std::string& selected) {
  Json out = Json::array();
  auto list = app::ListMappings(ctx.services.store, ctx.Who());
  if (!list) return out;
  for (const auto& m : *list) {
    out.push_back({{"name", m.mapping.name}, {"selected", m.mapping.name == selected}});
  }
  return out;
}

HttpResponse ListPage(RequestContext& ctx, Json form, int status = 200) {
  auto& s = ctx.services;
  auto page = PageFromQuery(ctx.req.QueryParams());
  auto list = app::ListImports(s.store, ctx.Who(), std::nullopt, page);
  if (!list) return ErrorPage(ctx, list.error());
  Json rows = Json::array();
  for (const auto& r : list->items) rows.push_back(ImportView(r, s.clock.Now()));
  bool caf = app::IsAllowed(ctx.Who(), app::IntakeAction::kImportCaf);
  bool sheet = app::IsAllowed(ctx.Who(), app::IntakeAction::kImportSpreadsheet);
  if (!form.contains("kind")) form["kind"] = sheet ? "spreadsheet" : "caf";
  form["is_caf"] = form["kind"] == "caf";
  if (!form.contains("dry_run")) form["dry_run"] = true;
  Json data{{"imports", rows},
            {"has_imports", !rows.empty()},
            {"pagination", PaginationJson("/imports", ctx.req.QueryParams(), list->total, page)},
            {"may_caf", caf},
            {"may_sheet", sheet},
            {"mappings", MappingOptions(ctx, form.value("mapping", ""))},
            {"max_mb", s.settings.max_upload_bytes / (1024 * 1024)},
            {"form", std::move(form)}};
  return ctx.Page("imports_list", "Imports de bénéficiaires", std::move(data), status);
}

HttpResponse Index(RequestContext& ctx) { return ListPage(ctx, Json::object()); }

HttpResponse MappingEditorFor(const app::IntakeImportRequest& r) {
  auto slash = r.file.path.find_last_of('/');
  std::string token = slash == std::string::npos ? r.file.path : r.file.path.substr(slash + 1);
  std::string href = "/imports/correspondances/nouvelle?fichier=" + UrlEncode(token) +
                     "&nom=" + UrlEncode(r.file.name);
  if (!r.sheet.empty()) href += "&feuille=" + UrlEncode(r.sheet);
  return HttpResponse::Redirect(href);
}

HttpResponse Upload(RequestContext& ctx) {
  auto& s = ctx.services;
  if (!s.intake) return ErrorPage(ctx, Unavailable());
  auto request = ReadImportUpload(ctx, *s.intake);
  if (!request) {
    if (request.error().kind != ErrorKind::kInvalid) return ErrorPage(ctx, request.error());
    return ListPage(ctx, {{"errors", FieldErrorsJson(request.error())}}, 422);
  }
  // The form's spreadsheet options (dry run checked by default) mean nothing for a CAF flux.
  if (request->kind == app::kImportKindCaf) {
    request->dry_run = false;
    request->mapping.clear();
    request->sheet.clear();
  }
  Json echo{{"kind", request->kind},       {"mapping", request->mapping},
            {"dry_run", request->dry_run}, {"force", request->force},
            {"validate", request->validate}, {"sheet", request->sheet}};
  if (request->kind == app::kImportKindSpreadsheet && request->mapping.empty() &&
      !request->plan_of) {
    return MappingEditorFor(*request);
  }
  auto started = app::StartImport(s.store, s.clock, ctx.Who(), *s.intake, *request);
  if (!started) {
    DiscardUpload(*s.intake, *request);
    if (started.error().kind != ErrorKind::kInvalid) return ErrorPage(ctx, started.error());
    echo["errors"] = FieldErrorsJson(started.error());
    return ListPage(ctx, std::move(echo), 422);
  }
  if (s.wake_imports) s.wake_imports();
  return HttpResponse::Redirect("/imports/" + std::to_string(started->id));
}

Json LinesView(const app::PageOf<app::ImportLine>& lines) {
  Json out = Json::array();
  for (const auto& l : lines.items) {
    out.push_back({{"line", l.line},
                   {"reference", l.reference},
                   {"outcome_label", app::OutcomeLabel(l.outcome)},
                   {"code", l.code},
                   {"message", l.message},
                   {"person_id", l.person_id ? Json(*l.person_id) : Json()}});
  }
  return out;
}

Json OutcomeFilter(const std::optional<std::string>& current) {
  Json out = Json::array({{{"value", ""}, {"label", "Tous"}, {"selected", !current}}});
  for (const char* o : {app::kLineCreated, app::kLineUpdated, app::kLineUnchanged,
                        app::kLineClosed, app::kLineRejected, app::kLineWarning}) {
    out.push_back({{"value", o}, {"label", app::OutcomeLabel(o)}, {"selected", current == o}});
  }
  return out;
}

HttpResponse Detail(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, Error::NotFound("import.not_found", "Import introuvable."));
  auto query = ctx.req.QueryParams();
  auto outcome = First(query, "resultat");
  if (outcome && outcome->empty()) outcome.reset();
  auto page = PageFromQuery(query);
  auto report = app::ImportReport(ctx.services.store, ctx.Who(), *id, outcome, page);
  if (!report) return ErrorPage(ctx, report.error());
  const auto& r = report->record;
  Json data = ImportView(r, ctx.services.clock.Now());
  data["lines"] = LinesView(report->lines);
  data["has_lines"] = !report->lines.items.empty();
  data["lines_total"] = report->lines.total;
  data["outcomes"] = OutcomeFilter(outcome);
  data["pagination"] =
      PaginationJson("/imports/" + std::to_string(*id), query, report->lines.total, page);
  data["can_apply"] = r.kind == app::kImportKindSpreadsheet && r.dry_run &&
                      r.status == app::kImportDone;
  std::string title = "Import n° " + std::to_string(*id);
  data["title"] = title;
  return ctx.Page("imports_detail", title, std::move(data));
}

HttpResponse Progress(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, Error::NotFound("import.not_found", "Import introuvable."));
  auto r = app::GetImport(ctx.services.store, ctx.Who(), *id);
  if (!r) return ErrorPage(ctx, r.error());
  auto resp = ctx.Fragment("imports_progress", ImportView(*r, ctx.services.clock.Now()));
  // Once over, the whole page is reloaded to show the counts and the report.
  if (!app::IsImportActive(*r)) resp.Set("HX-Refresh", "true");
  return resp;
}

HttpResponse Cancel(RequestContext& ctx) {
  auto& s = ctx.services;
  if (!s.intake) return ErrorPage(ctx, Unavailable());
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, Error::NotFound("import.not_found", "Import introuvable."));
  auto r = app::CancelImport(s.store, s.clock, ctx.Who(), *s.intake, *id);
  if (!r && r.error().kind != ErrorKind::kConflict) return ErrorPage(ctx, r.error());
  return HttpResponse::Redirect("/imports/" + std::to_string(*id));
}

HttpResponse Apply(RequestContext& ctx) {
  auto& s = ctx.services;
  if (!s.intake) return ErrorPage(ctx, Unavailable());
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, Error::NotFound("import.not_found", "Import introuvable."));
  auto plan = app::GetImport(s.store, ctx.Who(), *id);
  if (!plan) return ErrorPage(ctx, plan.error());
  app::IntakeImportRequest request;
  request.kind = app::kImportKindSpreadsheet;
  request.mapping = plan->mapping_id ? std::to_string(*plan->mapping_id) : std::string();
  request.sheet = plan->options.value("sheet", "");
  request.plan_of = plan->id;
  auto started = app::StartImport(s.store, s.clock, ctx.Who(), *s.intake, request);
  if (!started) return ErrorPage(ctx, started.error());
  if (s.wake_imports) s.wake_imports();
  return HttpResponse::Redirect("/imports/" + std::to_string(started->id));
}

HttpResponse ReportFile(RequestContext& ctx) {
  if (!ctx.services.intake) return ErrorPage(ctx, Unavailable());
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, Error::NotFound("import.not_found", "Import introuvable."));
  auto format = First(ctx.req.QueryParams(), "format").value_or("csv");
  if (format != "csv" && format != "xlsx") {
    return ErrorPage(ctx, Error::Invalid("import.format", "Format inconnu : csv ou xlsx.", "format"));
  }
  return ReportFileResponse(ctx, *id, format, [&](const Error& e) { return ErrorPage(ctx, e); });
}

}  // namespace

void RegisterImportRoutes(Router& router) {
  router.Get("/imports", Access::kPage, Index);
  router.Post("/imports", Access::kPage, Upload);
  router.Get("/imports/{id}", Access::kPage, Detail);
  router.Get("/imports/{id}/progression", Access::kPage, Progress);
  router.Get("/imports/{id}/rapport", Access::kPage, ReportFile);
  router.Post("/imports/{id}/annuler", Access::kPage, Cancel);
  router.Post("/imports/{id}/appliquer", Access::kPage, Apply);
  RegisterImportMappingPages(router);
  RegisterImportsApi(router);
}

}  // namespace pacte::web
