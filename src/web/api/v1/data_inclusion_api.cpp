#include "web/api/v1/data_inclusion_api.hpp"

#include "app/data_inclusion/exchange.hpp"
#include "app/policies/offer_policy.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

HttpResponse Export(RequestContext& ctx, app::DiKind kind) {
  auto params = ctx.req.QueryParams();
  QueryReader q(params, {"format"});
  auto format = q.Text("format").value_or("json");
  if (format != "json" && format != "csv") q.AddError("format", "Format inconnu : json ou csv.");
  bool paged = params.count("page") > 0 || params.count("page_size") > 0;
  auto page = q.Page();
  if (auto ok = q.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto& s = ctx.services;
  if (format == "csv") {
    auto records = paged ? app::ExportRecords(s.store, s.settings, ctx.Who(), kind, page)
                               .map([](auto p) { return std::move(p.items); })
                         : app::ExportAllRecords(s.store, s.settings, ctx.Who(), kind);
    if (!records) return ProblemResponse(records.error(), ctx.req.path);
    auto r = HttpResponse::Text(app::RecordsCsv(kind, *records), "text/csv; charset=utf-8");
    r.Set("Content-Disposition", std::string("attachment; filename=\"") +
                                     (kind == app::DiKind::kServices ? "services" : "structures") +
                                     ".csv\"");
    return r;
  }
  auto result = app::ExportRecords(s.store, s.settings, ctx.Who(), kind, page);
  if (!result) return ProblemResponse(result.error(), ctx.req.path);
  return HttpResponse::Json(ListJson(*result, [](const nlohmann::json& j) { return j; }));
}

HttpResponse Import(RequestContext& ctx) {
  // Permission before reading the body: a role that may not import gets 403.
  if (auto allowed = app::Authorize(ctx.Who(), app::OfferAction::kImportCatalogue); !allowed) {
    return ProblemResponse(allowed.error(), ctx.req.path);
  }
  auto params = ctx.req.QueryParams();
  QueryReader q(params, {"dry_run", "file_name"});
  bool dry_run = q.Bool("dry_run").value_or(false);
  auto file_name = q.Text("file_name").value_or("import-api.json");
  if (auto ok = q.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto& s = ctx.services;
  auto result = app::ImportCatalogue(s.store, s.clock, s.settings, ctx.Who(),
                                     {file_name, ctx.req.body, dry_run});
  if (!result) return ProblemResponse(result.error(), ctx.req.path);
  int status = result->broken ? 422 : dry_run ? 200 : 201;
  return HttpResponse::Json(app::ImportResultJson(*result), status);
}

}  // namespace

void RegisterDataInclusionApi(Router& router) {
  router.Get("/api/v1/data-inclusion/structures", Access::kApi,
             [](RequestContext& ctx) { return Export(ctx, app::DiKind::kStructures); });
  router.Get("/api/v1/data-inclusion/services", Access::kApi,
             [](RequestContext& ctx) { return Export(ctx, app::DiKind::kServices); });
  router.Post("/api/v1/data-inclusion/imports", Access::kApi, Import);
}

}  // namespace pacte::web
