#include "web/html/agents/agent_pages.hpp"

#include "app/accounts/password_reset.hpp"
#include "app/accounts/second_factor.hpp"
#include "app/policies/agent_policy.hpp"
#include "web/api/v1/agents_api.hpp"
#include "web/html/agents/agent_form.hpp"
#include "web/html/agents/agent_list_page.hpp"
#include "web/html/forms.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

// Every /admin/agents page is for admins only.
template <class F>
Handler AdminOnly(F f) {
  return [f](RequestContext& ctx) -> HttpResponse {
    if (auto allowed = app::RequireManageAgents(ctx.Who()); !allowed) {
      return ErrorPage(ctx, allowed.error());
    }
    return f(ctx);
  };
}

HttpResponse NotFound(const RequestContext& ctx) {
  return ErrorPage(ctx, Error::NotFound("agent.not_found", "Agent introuvable."));
}

HttpResponse NewPage(const RequestContext& ctx, const AgentForm& form, const Error* error) {
  nlohmann::json data = form.ToJson(error);
  data["min_length"] = ctx.services.settings.password_min_length;
  return ctx.Page("agents_new", "Nouvel agent", data, error ? HttpStatusOf(error->kind) : 200);
}

HttpResponse GetNew(RequestContext& ctx) { return NewPage(ctx, AgentForm{}, nullptr); }

HttpResponse PostNew(RequestContext& ctx) {
  AgentForm form = AgentForm::FromRequest(ctx.req.Form());
  auto input = CreationInput(form);
  if (!input) return NewPage(ctx, form, &input.error());
  const auto& s = ctx.services;
  auto agent = app::CreateAgent(s.store, s.clock, s.settings, ctx.Who(), *input);
  if (!agent) {
    if (agent.error().kind == ErrorKind::kForbidden) return ErrorPage(ctx, agent.error());
    return NewPage(ctx, form, &agent.error());
  }
  return HttpResponse::Redirect("/admin/agents/" + std::to_string(agent->id) + "?cree=1");
}

struct ViewExtras {
  std::string notice;
  std::string reset_url;
  std::string reset_expires;
};

HttpResponse ViewPage(const RequestContext& ctx, const Agent& agent, const AgentForm& form,
                      const ViewExtras& extras, const Error* error = nullptr) {
  nlohmann::json data = form.ToJson(error);
  data["id"] = agent.id;
  data["name"] = agent.DisplayName();
  data["totp_enabled"] = agent.totp_enabled;
  data["last_login_at"] =
      agent.last_login_at ? FormatFrenchTimestamp(*agent.last_login_at) : "jamais";
  if (!extras.notice.empty()) data["notice"] = extras.notice;
  if (!extras.reset_url.empty()) {
    data["reset_url"] = extras.reset_url;
    data["reset_expires"] = extras.reset_expires;
  }
  return ctx.Page("agents_view", agent.DisplayName(), data,
                  error ? HttpStatusOf(error->kind) : 200);
}

HttpResponse GetView(RequestContext& ctx) {
  auto id = ParsePathId(ctx.Param("id"));
  if (!id) return NotFound(ctx);
  auto agent = app::GetAgent(ctx.services.store, ctx.services.clock, ctx.Who(), *id);
  if (!agent) return ErrorPage(ctx, agent.error());
  auto query = ctx.req.QueryParams();
  ViewExtras extras;
  if (First(query, "cree")) extras.notice = "Agent créé.";
  if (First(query, "enregistre")) extras.notice = "Modifications enregistrées.";
  if (First(query, "second_facteur")) {
    extras.notice =
        "Double authentification réinitialisée : l'agent la configurera à sa prochaine "
        "connexion.";
  }
  return ViewPage(ctx, *agent, AgentForm::FromAgent(*agent), extras);
}

HttpResponse PostView(RequestContext& ctx) {
  auto id = ParsePathId(ctx.Param("id"));
  if (!id) return NotFound(ctx);
  const auto& s = ctx.services;
  AgentForm form = AgentForm::FromRequest(ctx.req.Form());
  auto changes = EditChanges(*id, form);
  Result<Agent> updated = changes ? app::UpdateAgent(s.store, s.clock, ctx.Who(), *changes)
                                  : Result<Agent>(Fail(changes.error()));
  if (updated)
    return HttpResponse::Redirect("/admin/agents/" + std::to_string(*id) + "?enregistre=1");
  const Error& error = updated.error();
  if (error.kind == ErrorKind::kForbidden || error.kind == ErrorKind::kNotFound ||
      error.kind == ErrorKind::kMalformed) {
    return ErrorPage(ctx, error);
  }
  auto agent = app::GetAgent(s.store, s.clock, ctx.Who(), *id);
  if (!agent) return ErrorPage(ctx, agent.error());
  return ViewPage(ctx, *agent, form, {}, &error);
}

HttpResponse PostReset(RequestContext& ctx) {
  auto id = ParsePathId(ctx.Param("id"));
  if (!id) return NotFound(ctx);
  const auto& s = ctx.services;
  auto issued = app::IssuePasswordReset(s.store, s.clock, s.settings, ctx.Who(), *id);
  if (!issued) return ErrorPage(ctx, issued.error());
  auto agent = app::GetAgent(s.store, s.clock, ctx.Who(), *id);
  if (!agent) return ErrorPage(ctx, agent.error());
  ViewExtras extras{"", issued->url, FormatFrenchTimestamp(issued->expires_at)};
  return ViewPage(ctx, *agent, AgentForm::FromAgent(*agent), extras);
}

HttpResponse PostResetSecondFactor(RequestContext& ctx) {
  auto id = ParsePathId(ctx.Param("id"));
  if (!id) return NotFound(ctx);
  auto done = app::ResetSecondFactor(ctx.services.store, ctx.services.clock, ctx.Who(), *id);
  if (!done) return ErrorPage(ctx, done.error());
  return HttpResponse::Redirect("/admin/agents/" + std::to_string(*id) + "?second_facteur=1");
}

}  // namespace

void RegisterAgentRoutes(Router& router) {
  router.Get("/admin/agents", Access::kPage, AdminOnly(AgentListPage));
  router.Get("/admin/agents/nouveau", Access::kPage, AdminOnly(GetNew));
  router.Post("/admin/agents/nouveau", Access::kPage, AdminOnly(PostNew));
  router.Get("/admin/agents/{id}", Access::kPage, AdminOnly(GetView));
  router.Post("/admin/agents/{id}", Access::kPage, AdminOnly(PostView));
  router.Post("/admin/agents/{id}/reinitialisation", Access::kPage, AdminOnly(PostReset));
  router.Post("/admin/agents/{id}/second-facteur", Access::kPage, AdminOnly(PostResetSecondFactor));
  RegisterAgentApiRoutes(router);
}

}  // namespace pacte::web
