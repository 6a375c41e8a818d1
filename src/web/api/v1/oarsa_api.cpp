#include "web/api/v1/oarsa_api.hpp"

#include "web/html/stats/disclosed_table.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

nlohmann::json Opt(const std::optional<double>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

nlohmann::json DelayJson(const app::OarsaDelayRow& row) {
  return {{"label", row.label}, {"mean", Opt(row.mean)}, {"median", Opt(row.median)}};
}

nlohmann::json DelaysJson(const app::OarsaDelays& delays) {
  nlohmann::json blocks = nlohmann::json::array();
  for (const auto& b : delays.blocks) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& r : b.rows) rows.push_back(DelayJson(r));
    blocks.push_back({{"dimension", b.dimension}, {"rows", rows}});
  }
  return {{"title", delays.title}, {"total", DelayJson(delays.total)}, {"blocks", blocks}};
}

HttpResponse OarsaHandler(RequestContext& ctx) {
  auto year = app::ParseOarsaYear(ctx.Param("year"));
  if (!year) return ProblemResponse(year.error(), ctx.req.path);
  auto report = app::ComputeOarsa(ctx.services.store, ctx.services.clock, ctx.Who(),
                                  ctx.services.settings, *year);
  if (!report) return ProblemResponse(report.error(), ctx.req.path);
  return HttpResponse::Json(OarsaApiJson(*report));
}

}  // namespace

nlohmann::json OarsaApiJson(const app::OarsaReport& r) {
  nlohmann::json tables = nlohmann::json::array();
  for (const auto& t : r.tables) {
    nlohmann::json blocks = nlohmann::json::array();
    for (std::size_t d = 0; d < t.blocks.size(); ++d) {
      blocks.push_back(
          {{"dimension", t.dimensions[d]}, {"table", DisclosedTableApiJson(t.blocks[d])}});
    }
    tables.push_back(
        {{"number", t.number}, {"title", t.title}, {"partition", t.partition}, {"blocks", blocks}});
  }
  return {{"year", r.year},
          {"exact", r.exact},
          {"oriented_rate", Opt(r.oriented_rate)},
          {"tables", tables},
          {"delays",
           {{"entry_to_primo_orientation", DelaysJson(r.entry_to_orientation)},
            {"primo_orientation_to_primo_cer", DelaysJson(r.orientation_to_cer)}}}};
}

void RegisterOarsaApi(Router& router) {
  router.Get("/api/v1/stats/oarsa/{year}", Access::kApi, OarsaHandler);
}

}  // namespace pacte::web
