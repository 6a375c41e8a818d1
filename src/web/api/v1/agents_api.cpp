#include "web/api/v1/agents_api.hpp"

#include "app/accounts/manage_agents.hpp"
#include "app/policies/agent_policy.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/json_body.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

nlohmann::json OptId(const std::optional<std::int64_t>& id) {
  return id ? nlohmann::json(*id) : nlohmann::json(nullptr);
}

// Admin-only endpoints answer 403 before looking at the request.
std::optional<HttpResponse> DenyUnlessManager(const RequestContext& ctx) {
  if (auto allowed = app::RequireManageAgents(ctx.Who()); !allowed) {
    return ProblemResponse(allowed.error(), ctx.req.path);
  }
  return std::nullopt;
}

HttpResponse AgentNotFound() {
  return ProblemResponse(Error::NotFound("agent.not_found", "Agent introuvable."));
}

// A nullable integer field: absent → nullopt; null → {nullopt}; a number → {n}.
std::optional<std::optional<std::int64_t>> NullableInt(JsonFields& fields,
                                                       const nlohmann::json& body,
                                                       const std::string& name) {
  if (!fields.Has(name)) return std::nullopt;
  if (body.at(name).is_null()) return std::optional<std::int64_t>{};
  auto value = fields.Int(name);
  if (!value) return std::nullopt;
  return std::optional<std::int64_t>{*value};
}

app::AgentFilter FilterOf(QueryReader& q) {
  app::AgentFilter f;
  f.query = q.Text("q").value_or("");
  f.role = q.Code("role", ParseRole, "Rôle inconnu.");
  f.active = q.Bool("active");
  return f;
}

HttpResponse List(RequestContext& ctx) {
  if (auto denied = DenyUnlessManager(ctx)) return *denied;
  auto query = ctx.req.QueryParams();
  QueryReader q(query, {"q", "role", "active"});
  auto filter = FilterOf(q);
  auto page = q.Page();
  if (auto ok = q.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto result = app::ListAgents(ctx.services.store, ctx.services.clock, ctx.Who(), filter, page);
  if (!result) return ProblemResponse(result.error(), ctx.req.path);
  return HttpResponse::Json(ListJson(*result, AgentJson));
}

HttpResponse Create(RequestContext& ctx) {
  if (auto denied = DenyUnlessManager(ctx)) return *denied;
  auto body = ParseJsonObject(ctx.req);
  if (!body) return ProblemResponse(body.error(), ctx.req.path);
  JsonFields fields(*body, {"email", "first_name", "last_name", "roles", "structure_id",
                            "territory_id", "password"});
  app::NewAgentInput in;
  in.email = fields.String("email", true).value_or("");
  in.first_name = fields.String("first_name", true).value_or("");
  in.last_name = fields.String("last_name", true).value_or("");
  in.roles = fields.StringList("roles", true).value_or(std::vector<std::string>{});
  in.structure_id = fields.Int("structure_id");
  in.territory_id = fields.Int("territory_id");
  in.password = fields.String("password").value_or("");
  if (auto ok = fields.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  const auto& s = ctx.services;
  auto agent = app::CreateAgent(s.store, s.clock, s.settings, ctx.Who(), in);
  if (!agent) return ProblemResponse(agent.error(), ctx.req.path);
  auto r = HttpResponse::Json(AgentJson(*agent), 201);
  r.Set("Location", "/api/v1/agents/" + std::to_string(agent->id));
  return r;
}

HttpResponse Show(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return AgentNotFound();
  auto agent = app::GetAgent(ctx.services.store, ctx.services.clock, ctx.Who(), *id);
  if (!agent) return ProblemResponse(agent.error(), ctx.req.path);
  return HttpResponse::Json(AgentJson(*agent));
}

HttpResponse Patch(RequestContext& ctx) {
  if (auto denied = DenyUnlessManager(ctx)) return *denied;
  auto id = PathId(ctx);
  if (!id) return AgentNotFound();
  auto body = ParseJsonObject(ctx.req);
  if (!body) return ProblemResponse(body.error(), ctx.req.path);
  JsonFields fields(*body, {"version", "email", "first_name", "last_name", "roles", "structure_id",
                            "territory_id", "active"});
  app::AgentChanges c;
  c.id = *id;
  c.version = static_cast<int>(fields.Int("version", true).value_or(0));
  c.email = fields.String("email");
  c.first_name = fields.String("first_name");
  c.last_name = fields.String("last_name");
  c.roles = fields.StringList("roles");
  c.structure_id = NullableInt(fields, *body, "structure_id");
  c.territory_id = NullableInt(fields, *body, "territory_id");
  c.active = fields.Bool("active");
  if (auto ok = fields.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto agent = app::UpdateAgent(ctx.services.store, ctx.services.clock, ctx.Who(), c);
  if (!agent) return ProblemResponse(agent.error(), ctx.req.path);
  return HttpResponse::Json(AgentJson(*agent));
}

HttpResponse Me(RequestContext& ctx) {
  auto agent = app::GetAgent(ctx.services.store, ctx.services.clock, ctx.Who(), ctx.Who().agent_id);
  if (!agent) return ProblemResponse(agent.error(), ctx.req.path);
  return HttpResponse::Json(AgentJson(*agent));
}

}  // namespace

nlohmann::json AgentJson(const Agent& a) {
  nlohmann::json roles = nlohmann::json::array();
  for (Role r : a.roles) roles.push_back(std::string(RoleCode(r)));
  return {{"id", a.id},
          {"email", a.email},
          {"first_name", a.first_name},
          {"last_name", a.last_name},
          {"structure_id", OptId(a.structure_id)},
          {"territory_id", OptId(a.territory_id)},
          {"roles", roles},
          {"active", a.active},
          {"totp_enabled", a.totp_enabled},
          {"last_login_at", a.last_login_at ? nlohmann::json(FormatIsoTimestamp(*a.last_login_at))
                                            : nlohmann::json(nullptr)},
          {"version", a.version}};
}

void RegisterAgentApiRoutes(Router& router) {
  router.Get("/api/v1/agents", Access::kApi, List);
  router.Post("/api/v1/agents", Access::kApi, Create);
  router.Get("/api/v1/agents/{id}", Access::kApi, Show);
  router.Add("PATCH", "/api/v1/agents/{id}", Access::kApi, Patch);
  router.Get("/api/v1/me", Access::kApi, Me);
}

}  // namespace pacte::web
