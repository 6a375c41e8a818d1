#include "web/api/v1/worklists_api.hpp"

#include <nlohmann/json.hpp>

#include "app/worklists/worklists.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

std::optional<app::WorklistPerimeter> ParsePerimeter(const std::string& text) {
  if (text == "mine") return app::WorklistPerimeter::kMine;
  if (text == "structure") return app::WorklistPerimeter::kStructure;
  return std::nullopt;
}

app::WorklistQuery ReadQuery(QueryReader& q) {
  app::WorklistQuery query;
  query.perimeter = q.Code("perimeter", ParsePerimeter,
                           "Périmètre inconnu : « mine » (mes suivis) ou « structure ».")
                        .value_or(app::WorklistPerimeter::kDefault);
  query.territory_id = q.PositiveInt("territory_id");
  query.structure_id = q.PositiveInt("structure_id");
  query.referent_agent_id = q.PositiveInt("referent_id");
  return query;
}

nlohmann::json OptId(const std::optional<std::int64_t>& id) {
  return id ? nlohmann::json(*id) : nlohmann::json();
}

nlohmann::json ItemJson(const app::WorklistRow& row) {
  const auto& e = row.entry;
  return {{"person_id", e.person_id},
          {"kind", DueKindCode(e.item.kind)},
          {"since", FormatIsoDate(e.item.since)},
          {"due_on", FormatIsoDate(e.item.due_on)},
          {"overdue", e.item.overdue},
          {"days_overdue", e.days_overdue},
          {"regime", RegimeCode(e.item.rule_regime)},
          {"subject_id", e.item.subject_id ? nlohmann::json(e.item.subject_id) : nlohmann::json()},
          {"structure_id", OptId(e.structure_id)},
          {"referent_agent_id", OptId(e.referent_agent_id)}};
}

HttpResponse Counts(RequestContext& ctx) {
  if (auto ok = app::AuthorizeWorklists(ctx.Who()); !ok) {
    return ProblemResponse(ok.error(), ctx.req.path);
  }
  const auto params = ctx.req.QueryParams();
  QueryReader q(params, {"perimeter", "territory_id", "structure_id", "referent_id"});
  const auto query = ReadQuery(q);
  if (auto ok = q.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto counts = app::CountWorklists(ctx.services.store, ctx.services.clock,
                                    ctx.services.settings, ctx.Who(), query);
  if (!counts) return ProblemResponse(counts.error(), ctx.req.path);
  nlohmann::json items = nlohmann::json::array();
  for (const auto& c : counts->counts) {
    items.push_back(
        {{"kind", DueKindCode(c.kind)}, {"label", DueKindLabel(c.kind)}, {"count", c.count}});
  }
  return HttpResponse::Json({{"date", FormatIsoDate(counts->today)}, {"items", std::move(items)}});
}

HttpResponse List(RequestContext& ctx) {
  if (auto ok = app::AuthorizeWorklists(ctx.Who()); !ok) {
    return ProblemResponse(ok.error(), ctx.req.path);
  }
  auto kind = ParseDueKind(ctx.Param("kind"));
  if (!kind) {
    return ProblemResponse(404, "worklist.unknown_kind",
                           "Liste inconnue « " + ctx.Param("kind") +
                               " » : orientation_overdue, contract_overdue, contract_expiring, "
                               "appointment_unrecorded, no_recent_appointment ou "
                               "social_review_due.");
  }
  const auto params = ctx.req.QueryParams();
  QueryReader q(params, {"perimeter", "territory_id", "structure_id", "referent_id"});
  const auto query = ReadQuery(q);
  const auto page = q.Page();
  if (auto ok = q.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto list = app::ListWorklist(ctx.services.store, ctx.services.clock, ctx.services.settings,
                                ctx.Who(), *kind, query, page, app::WorklistDetail::kIdsOnly);
  if (!list) return ProblemResponse(list.error(), ctx.req.path);
  auto body = ListJson(list->page, ItemJson);
  body["date"] = FormatIsoDate(list->today);
  return HttpResponse::Json(body);
}

}  // namespace

void RegisterWorklistsApi(Router& router) {
  router.Get("/api/v1/worklists", Access::kApi, Counts);
  router.Get("/api/v1/worklists/{kind}", Access::kApi, List);
}

}  // namespace pacte::web
