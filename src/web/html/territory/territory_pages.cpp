#include "web/html/territory/territory_pages.hpp"

#include <map>

#include <nlohmann/json.hpp>

#include "app/territory/territory_queries.hpp"
#include "web/api/v1/territory_api.hpp"
#include "web/html/territory/territory_view.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

HttpResponse TerritoryPage(RequestContext& ctx) {
  auto overview = app::GetTerritoryOverview(ctx.services.store, ctx.Who());
  if (!overview) return ErrorPage(ctx, overview.error());
  return ctx.Page("territory_page", "Territoire", TerritoryPageJson(*overview));
}

HttpResponse CommuneShapes(RequestContext& ctx) {
  auto shapes = app::ListCommuneShapes(ctx.services.store, ctx.Who());
  if (!shapes) return ErrorPage(ctx, shapes.error());
  auto r = HttpResponse::Text(CommuneFeatureCollection(*shapes), "application/geo+json");
  r.Set("Cache-Control", "private, no-cache");
  return r;
}

}  // namespace

void RegisterTerritoryRoutes(Router& router) {
  router.Get("/territoire", Access::kPage, TerritoryPage);
  router.Get("/territoire/communes.geojson", Access::kPage, CommuneShapes);
  RegisterTerritoryApi(router);
}

}  // namespace pacte::web
