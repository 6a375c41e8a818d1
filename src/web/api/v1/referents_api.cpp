#include "web/api/v1/referents_api.hpp"

#include "app/parcours/person_access.hpp"
#include "app/orientation/orientation_overview.hpp"
#include "app/policies/person_policy.hpp"
#include "app/referents/assign_referent.hpp"
#include "app/referents/caseloads.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/json_body.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

HttpResponse Assign(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  if (auto ok = app::CheckPersonAction(ctx.services.store, ctx.Who(), *id,
                                       app::PersonAction::kAssignReferent);
      !ok) {
    return ProblemResponse(ok.error(), ctx.req.path);
  }
  auto body = ParseJsonObject(ctx.req);
  if (!body) return ProblemResponse(body.error(), ctx.req.path);
  JsonFields fields(*body, {"agent_id", "since", "version"});
  app::ReferentInput in;
  in.agent_id = fields.Int("agent_id").value_or(0);
  in.since = fields.String("since").value_or("");
  in.expected_version = fields.Int("version");
  if (auto ok = fields.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto saved = app::AssignReferent(ctx.services.store, ctx.services.clock, ctx.Who(), *id, in);
  if (!saved) return ProblemResponse(saved.error(), ctx.req.path);
  return HttpResponse::Json(AssignmentJson(*saved));
}

HttpResponse List(RequestContext& ctx) {
  auto params = ctx.req.QueryParams();
  QueryReader q(params, {"structure_id"});
  app::CaseloadFilter filter;
  filter.structure_id = q.PositiveInt("structure_id");
  auto page = q.Page();
  if (auto ok = q.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto list = app::ListCaseloads(ctx.services.store, ctx.Who(), filter, page);
  if (!list) return ProblemResponse(list.error(), ctx.req.path);
  return HttpResponse::Json(ListJson(*list, CaseloadJson));
}

HttpResponse Transfer(RequestContext& ctx) {
  if (auto ok = app::AuthorizePersons(ctx.Who(), app::PersonAction::kTransferCaseload); !ok) {
    return ProblemResponse(ok.error(), ctx.req.path);
  }
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto body = ParseJsonObject(ctx.req);
  if (!body) return ProblemResponse(body.error(), ctx.req.path);
  JsonFields fields(*body, {"to_agent_id", "since"});
  app::TransferInput in;
  in.to_agent_id = fields.Int("to_agent_id").value_or(0);
  in.since = fields.String("since").value_or("");
  if (auto ok = fields.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto done = app::TransferCaseload(ctx.services.store, ctx.services.clock, ctx.Who(), *id, in);
  if (!done) return ProblemResponse(done.error(), ctx.req.path);
  return HttpResponse::Json({{"from_agent_id", done->from_agent_id},
                             {"to_agent_id", done->to_agent_id},
                             {"person_ids", done->person_ids},
                             {"count", done->person_ids.size()}});
}

}  // namespace

nlohmann::json AssignmentJson(const app::ReferentAssignment& a) {
  return {{"id", a.id},
          {"person_id", a.person_id},
          {"agent_id", a.agent_id},
          {"agent_name", a.agent_name},
          {"structure_id", a.structure_id ? nlohmann::json(*a.structure_id) : nlohmann::json()},
          {"structure_name", a.structure_name},
          {"valid_from", FormatIsoDate(a.valid_from)},
          {"valid_to", a.valid_to ? nlohmann::json(FormatIsoDate(*a.valid_to)) : nlohmann::json()},
          {"end_reason", a.end_reason ? nlohmann::json(*a.end_reason) : nlohmann::json()},
          {"version", a.version}};
}

nlohmann::json CaseloadJson(const app::Caseload& c) {
  return {{"agent_id", c.agent_id},
          {"first_name", c.first_name},
          {"last_name", c.last_name},
          {"structure_id", c.structure_id ? nlohmann::json(*c.structure_id) : nlohmann::json()},
          {"structure_name", c.structure_name},
          {"caseload", c.active_assignments}};
}

void RegisterReferentApi(Router& router) {
  router.Add("PUT", "/api/v1/beneficiaries/{id}/referent", Access::kApi, Assign);
  router.Get("/api/v1/referents", Access::kApi, List);
  router.Post("/api/v1/referents/{id}/transfer", Access::kApi, Transfer);
}

}  // namespace pacte::web
