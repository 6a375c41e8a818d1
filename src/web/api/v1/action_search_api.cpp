#include "web/api/v1/action_search_api.hpp"

#include "app/catalogue_search/search_actions.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/html/catalogue_search/catalogue_search_view.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

HttpResponse Search(RequestContext& ctx) {
  auto params = ctx.req.QueryParams();  // QueryReader keeps a reference
  QueryReader q(params, ActionSearchParameters());
  auto page = q.Page();
  if (auto ok = q.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto found = app::SearchActions(ctx.services.store, ctx.services.clock, ctx.Who(),
                                  CriteriaFromQuery(params), page, false);
  if (!found) return ProblemResponse(found.error(), ctx.req.path);
  const Date today = DateOf(ctx.services.clock.Now());
  return HttpResponse::Json(ListJson(found->page, [&](const app::ActionSearchItem& it) {
    return ActionSearchItemJson(it, today, found->commune);
  }));
}

}  // namespace

void RegisterActionSearchApi(Router& router) {
  router.Get("/api/v1/actions", Access::kApi, Search);
}

}  // namespace pacte::web
