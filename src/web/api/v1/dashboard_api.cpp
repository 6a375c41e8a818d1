#include "web/api/v1/dashboard_api.hpp"

#include "app/policies/stats_policy.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/html/dashboards/dashboard_json.hpp"
#include "web/html/dashboards/dashboard_request.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

HttpResponse Dashboard(RequestContext& ctx) {
  auto& service = StatsOf(ctx);
  if (auto ok = app::Authorize(ctx.Who(), app::StatsAction::kReadDashboards); !ok) {
    return ProblemResponse(ok.error(), ctx.req.path);
  }
  const auto params = ctx.req.QueryParams();
  QueryReader q(params, {"date", "group"});
  if (auto ok = q.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto request = ReadDashboardRequest(params, "date", "group");
  if (!request) return ProblemResponse(request.error(), ctx.req.path);
  auto view = service.Dashboard(ctx.Who(), *request);
  if (!view) return ProblemResponse(view.error(), ctx.req.path);
  return HttpResponse::Json(DashboardApiJson(*view));
}

}  // namespace

void RegisterDashboardApi(Router& router) {
  router.Get("/api/v1/stats/dashboard", Access::kApi, Dashboard);
}

}  // namespace pacte::web
