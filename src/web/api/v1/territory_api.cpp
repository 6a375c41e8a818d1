#include "web/api/v1/territory_api.hpp"

#include "app/territory/territory_queries.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

template <class T>
nlohmann::json OptJson(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

HttpResponse ListTerritoriesHandler(RequestContext& ctx) {
  auto params = ctx.req.QueryParams();
  QueryReader q(params, {"departement_code"});
  auto departement = q.Text("departement_code");
  auto page = q.Page();
  if (auto ok = q.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto all = app::ListTerritories(ctx.services.store, ctx.Who(), departement);
  if (!all) return ProblemResponse(all.error(), ctx.req.path);
  app::PageOf<app::TerritorySummary> slice;
  slice.number = page.number;
  slice.size = page.size;
  slice.total = static_cast<std::int64_t>(all->size());
  for (std::int64_t i = page.Offset(); i < slice.total && i < page.Offset() + page.size; ++i) {
    slice.items.push_back((*all)[static_cast<std::size_t>(i)]);
  }
  return HttpResponse::Json(ListJson(slice, TerritoryJson));
}

HttpResponse ListCommunesHandler(RequestContext& ctx) {
  auto params = ctx.req.QueryParams();
  QueryReader q(params, {"departement_code", "territory_id", "q"});
  app::CommuneFilter filter;
  filter.departement_code = q.Text("departement_code");
  filter.territory_id = q.PositiveInt("territory_id");
  filter.query = q.Text("q").value_or("");
  auto page = q.Page();
  if (auto ok = q.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto result = app::ListCommunes(ctx.services.store, ctx.Who(), filter, page);
  if (!result) return ProblemResponse(result.error(), ctx.req.path);
  return HttpResponse::Json(ListJson(*result, CommuneJson));
}

}  // namespace

nlohmann::json TerritoryJson(const app::TerritorySummary& t) {
  return {{"id", t.territory.id},
          {"departement_code", t.territory.departement_code},
          {"code", t.territory.code},
          {"name", t.territory.name},
          {"kind", TerritoryKindCode(t.territory.kind)},
          {"kind_label", TerritoryKindLabel(t.territory.kind)},
          {"commune_count", t.commune_count},
          {"structure_count", t.structure_count},
          {"population", OptJson(t.population)},
          {"version", t.territory.version}};
}

nlohmann::json CommuneJson(const app::CommuneListItem& c) {
  return {{"insee_code", c.insee_code},
          {"departement_code", c.departement_code},
          {"name", c.name},
          {"postal_codes", c.postal_codes},
          {"territory_id", OptJson(c.territory_id)},
          {"territory_name",
           c.territory_name.empty() ? nlohmann::json() : nlohmann::json(c.territory_name)},
          {"population", OptJson(c.population)},
          {"lat", OptJson(c.lat)},
          {"lon", OptJson(c.lon)},
          {"structure_count", c.structure_count}};
}

void RegisterTerritoryApi(Router& router) {
  router.Get("/api/v1/territories", Access::kApi, ListTerritoriesHandler);
  router.Get("/api/v1/communes", Access::kApi, ListCommunesHandler);
}

}  // namespace pacte::web
