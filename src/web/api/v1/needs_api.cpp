#include "web/api/v1/needs_api.hpp"

#include "app/needs/needs_report.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/html/needs/needs_view.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

HttpResponse NeedsHandler(RequestContext& ctx) {
  auto params = ctx.req.QueryParams();
  QueryReader q(params, {"date", "territory"});
  std::optional<Date> date;
  if (auto text = q.Text("date")) {
    date = ParseIsoDate(*text);
    if (!date) q.AddError("date", "Date invalide : attendu AAAA-MM-JJ.");
  }
  auto territory = q.PositiveInt("territory");
  if (auto ok = q.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto report = app::GetNeedsReport(ctx.services.store, ctx.services.clock,
                                    ctx.services.settings, ctx.Who(), {date, territory});
  if (!report) return ProblemResponse(report.error(), ctx.req.path);
  return HttpResponse::Json(NeedsApiJson(*report));
}

}  // namespace

void RegisterNeedsApi(Router& router) {
  router.Get("/api/v1/stats/needs", Access::kApi, NeedsHandler);
}

}  // namespace pacte::web
