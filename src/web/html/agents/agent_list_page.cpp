#include "web/html/agents/agent_list_page.hpp"

#include "app/accounts/manage_agents.hpp"
#include "web/html/forms.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

app::AgentFilter FilterOf(const Params& query) {
  app::AgentFilter f;
  f.query = First(query, "q").value_or("");
  if (auto role = First(query, "role")) f.role = ParseRole(*role);
  auto active = First(query, "actif").value_or("");
  if (active == "oui") f.active = true;
  if (active == "non") f.active = false;
  return f;
}

nlohmann::json RoleOptions(const app::AgentFilter& f) {
  nlohmann::json out = nlohmann::json::array();
  for (Role r : AllRoles()) {
    out.push_back({{"code", std::string(RoleCode(r))},
                   {"label", std::string(RoleLabel(r))},
                   {"selected", f.role == r}});
  }
  return out;
}

nlohmann::json Row(const Agent& a) {
  nlohmann::json roles = nlohmann::json::array();
  for (Role r : a.roles) roles.push_back(std::string(RoleLabel(r)));
  return {{"id", a.id},
          {"name", a.last_name + " " + a.first_name},
          {"email", a.email},
          {"roles", roles},
          {"active", a.active},
          {"last_login_at", a.last_login_at ? FormatFrenchTimestamp(*a.last_login_at) : "jamais"}};
}

}  // namespace

HttpResponse AgentListPage(RequestContext& ctx) {
  auto query = ctx.req.QueryParams();
  app::AgentFilter filter = FilterOf(query);
  app::PageRequest page = PageFromQuery(query);
  auto result = app::ListAgents(ctx.services.store, ctx.services.clock, ctx.Who(), filter, page);
  if (!result) return ErrorPage(ctx, result.error());
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& a : result->items) rows.push_back(Row(a));
  std::string active = filter.active ? (*filter.active ? "oui" : "non") : "";
  nlohmann::json data{{"q", filter.query},
                      {"role_options", RoleOptions(filter)},
                      {"active_all", active.empty()},
                      {"active_yes", active == "oui"},
                      {"active_no", active == "non"},
                      {"agents", rows},
                      {"empty", rows.empty()},
                      {"total", result->total},
                      {"pagination", PaginationJson("/admin/agents", query, result->total, page)}};
  return ctx.Page("agents_list", "Agents", data);
}

}  // namespace pacte::web
