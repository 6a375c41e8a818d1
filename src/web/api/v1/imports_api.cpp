#include "web/api/v1/imports_api.hpp"

#include "app/intake/imports.hpp"
#include "app/policies/intake_policy.hpp"
#include "domain/intake/import_progress.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/import_mappings_api.hpp"
#include "web/api/v1/import_upload.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

HttpResponse Unavailable() {
  return ProblemResponse(503, "import.unavailable",
                         "Les imports ne sont pas disponibles sur ce serveur.");
}

nlohmann::json OptionalJson(const auto& v) { return v ? nlohmann::json(*v) : nlohmann::json(); }

HttpResponse Create(RequestContext& ctx) {
  if (!ctx.services.intake) return Unavailable();
  auto request = ReadImportUpload(ctx, *ctx.services.intake);
  if (!request) return ProblemResponse(request.error(), ctx.req.path);
  auto& s = ctx.services;
  auto started = app::StartImport(s.store, s.clock, ctx.Who(), *s.intake, *request);
  if (!started) {
    DiscardUpload(*s.intake, *request);
    return ProblemResponse(started.error(), ctx.req.path);
  }
  if (s.wake_imports) s.wake_imports();
  auto r = HttpResponse::Json(ImportJson(*started, s.clock.Now()), 202);
  r.Set("Location", "/api/v1/imports/" + std::to_string(started->id));
  return r;
}

HttpResponse List(RequestContext& ctx) {
  auto params = ctx.req.QueryParams();
  QueryReader q(params, {"kind"});
  auto kind = q.Text("kind");
  if (kind && *kind != app::kImportKindCaf && *kind != app::kImportKindSpreadsheet) {
    q.AddError("kind", "Type d'import inconnu : caf ou spreadsheet.");
  }
  auto page = q.Page();
  if (auto ok = q.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto result = app::ListImports(ctx.services.store, ctx.Who(), kind, page);
  if (!result) return ProblemResponse(result.error(), ctx.req.path);
  auto now = ctx.services.clock.Now();
  return HttpResponse::Json(
      ListJson(*result, [now](const app::ImportRecord& r) { return ImportJson(r, now); }));
}

HttpResponse Show(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto r = app::GetImport(ctx.services.store, ctx.Who(), *id);
  if (!r) return ProblemResponse(r.error(), ctx.req.path);
  return HttpResponse::Json(ImportJson(*r, ctx.services.clock.Now()));
}

nlohmann::json LineJson(const app::ImportLine& l) {
  return {{"line", l.line},       {"reference", l.reference},
          {"outcome", l.outcome}, {"person_id", OptionalJson(l.person_id)},
          {"code", l.code},       {"message", l.message},
          {"details", l.details}};
}

HttpResponse Lines(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto params = ctx.req.QueryParams();
  QueryReader q(params, {"outcome"});
  auto outcome = q.Text("outcome");
  auto page = q.Page();
  if (auto ok = q.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto report = app::ImportReport(ctx.services.store, ctx.Who(), *id, outcome, page);
  if (!report) return ProblemResponse(report.error(), ctx.req.path);
  return HttpResponse::Json(ListJson(report->lines, LineJson));
}

HttpResponse Report(RequestContext& ctx) {
  if (!ctx.services.intake) return Unavailable();
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto params = ctx.req.QueryParams();
  QueryReader q(params, {"format"});
  auto format = q.Text("format").value_or("csv");
  if (format != "csv" && format != "xlsx") q.AddError("format", "Format inconnu : csv ou xlsx.");
  if (auto ok = q.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  return ReportFileResponse(ctx, *id, format, [&](const Error& e) {
    return ProblemResponse(e, ctx.req.path);
  });
}

HttpResponse Cancel(RequestContext& ctx) {
  if (!ctx.services.intake) return Unavailable();
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto& s = ctx.services;
  auto r = app::CancelImport(s.store, s.clock, ctx.Who(), *s.intake, *id);
  if (!r) return ProblemResponse(r.error(), ctx.req.path);
  return HttpResponse::Json(ImportJson(*r, s.clock.Now()), 202);
}

}  // namespace

nlohmann::json ImportJson(const app::ImportRecord& r, Timestamp now) {
  auto end = r.finished_at.value_or(now);
  auto elapsed = r.started_at ? (end - *r.started_at).count() : 0;
  auto p = intake::ComputeProgress(r.progress_done, r.progress_total, r.units_done, elapsed);
  std::string self = "/api/v1/imports/" + std::to_string(r.id);
  nlohmann::json progress{{"done", r.progress_done},
                          {"total", r.progress_total},
                          {"units", r.units_done},
                          {"percent", OptionalJson(p.percent)},
                          {"rows_per_second", OptionalJson(p.units_per_second)},
                          {"seconds_left", OptionalJson(p.seconds_left)}};
  if (r.status == app::kImportDone) progress["percent"] = 100;
  return {{"id", r.id},
          {"kind", r.kind},
          {"dry_run", r.dry_run},
          {"status", r.status},
          {"file_name", r.file_name},
          {"file_bytes", r.file_bytes},
          {"file_sha256", r.file_sha256},
          {"mapping_id", OptionalJson(r.mapping_id)},
          {"plan_of", OptionalJson(r.plan_of)},
          {"options", r.options},
          {"organism", OptionalJson(r.organism)},
          {"reference_date",
           r.reference_date ? nlohmann::json(FormatIsoDate(*r.reference_date)) : nlohmann::json()},
          {"cancel_requested", r.cancel_requested},
          {"progress", std::move(progress)},
          {"counts", r.counts},
          {"error", OptionalJson(r.error)},
          {"created_by", OptionalJson(r.created_by)},
          {"created_at", IsoOrEmpty(r.created_at)},
          {"started_at", r.started_at ? nlohmann::json(IsoOrEmpty(*r.started_at)) : nlohmann::json()},
          {"finished_at",
           r.finished_at ? nlohmann::json(IsoOrEmpty(*r.finished_at)) : nlohmann::json()},
          {"links",
           {{"self", self},
            {"lines", self + "/lines"},
            {"report_csv", self + "/report?format=csv"},
            {"report_xlsx", self + "/report?format=xlsx"},
            {"cancel", self + "/cancel"}}}};
}

void RegisterImportsApi(Router& router) {
  router.Post("/api/v1/imports", Access::kApi, Create);
  router.Get("/api/v1/imports", Access::kApi, List);
  router.Get("/api/v1/imports/{id}", Access::kApi, Show);
  router.Get("/api/v1/imports/{id}/lines", Access::kApi, Lines);
  router.Get("/api/v1/imports/{id}/report", Access::kApi, Report);
  router.Post("/api/v1/imports/{id}/cancel", Access::kApi, Cancel);
  RegisterImportMappingsApi(router);
}

}  // namespace pacte::web
