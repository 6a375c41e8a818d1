#include "web/api/v1/agents_api.hpp"

#include <charconv>

#include "app/accounts/manage_agents.hpp"
#include "app/policies/agent_policy.hpp"
#include "web/api/v1/json_body.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

nlohmann::json OptId(const std::optional<std::int64_t>& id) {
  return id ? nlohmann::json(*id) : nlohmann::json(nullptr);
}

std::optional<std::int64_t> PositiveInt(const std::string& text) {
  std::int64_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc{} || end != text.data() + text.size() || v <= 0) return std::nullopt;
  return v;
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

app::AgentFilter FilterOf(const Params& query, Validation& v) {
  app::AgentFilter f;
  f.query = First(query, "q").value_or("");
  if (auto role = First(query, "role"); role && !role->empty()) {
    f.role = ParseRole(*role);
    if (!f.role) v.Add("role", "Rôle inconnu.");
  }
  if (auto active = First(query, "active"); active && !active->empty()) {
    if (*active == "true")
      f.active = true;
    else if (*active == "false")
      f.active = false;
    else
      v.Add("active", "Doit valoir true ou false.");
  }
  return f;
}

app::PageRequest PageOf(const Params& query, Validation& v) {
  app::PageRequest page;
  if (auto n = First(query, "page")) {
    if (auto value = PositiveInt(*n))
      page.number = static_cast<int>(std::min<std::int64_t>(*value, 1000000));
    else
      v.Add("page", "Doit être un nombre entier positif.");
  }
  if (auto s = First(query, "page_size")) {
    auto value = PositiveInt(*s);
    if (value && *value <= 200)
      page.size = static_cast<int>(*value);
    else
      v.Add("page_size", "Doit être un nombre entier entre 1 et 200.");
  }
  return page;
}

HttpResponse List(RequestContext& ctx) {
  if (auto denied = DenyUnlessManager(ctx)) return *denied;
  auto query = ctx.req.QueryParams();
  Validation v;
  auto filter = FilterOf(query, v);
  auto page = PageOf(query, v);
  if (!v.Ok()) return ProblemResponse(v.ToError("request.invalid_query"), ctx.req.path);
  auto result = app::ListAgents(ctx.services.store, ctx.services.clock, ctx.Who(), filter, page);
  if (!result) return ProblemResponse(result.error(), ctx.req.path);
  nlohmann::json items = nlohmann::json::array();
  for (const auto& a : result->items) items.push_back(AgentJson(a));
  return HttpResponse::Json({{"items", items},
                             {"page", result->number},
                             {"page_size", result->size},
                             {"total", result->total}});
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
  auto id = PositiveInt(ctx.Param("id"));
  if (!id) return AgentNotFound();
  auto agent = app::GetAgent(ctx.services.store, ctx.services.clock, ctx.Who(), *id);
  if (!agent) return ProblemResponse(agent.error(), ctx.req.path);
  return HttpResponse::Json(AgentJson(*agent));
}

HttpResponse Patch(RequestContext& ctx) {
  if (auto denied = DenyUnlessManager(ctx)) return *denied;
  auto id = PositiveInt(ctx.Param("id"));
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
