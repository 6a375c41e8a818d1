#include "app/accounts/manage_agents.hpp"
#include "app/accounts/second_factor.hpp"
#include "web/html/auth/auth_routes.hpp"
#include "web/html/auth/session_cookie.hpp"
#include "web/html/auth/totp_view.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

constexpr const char* kAccountTotpPath = "/compte/second-facteur";

nlohmann::json RoleLabels(const Agent& a) {
  nlohmann::json out = nlohmann::json::array();
  for (Role r : a.roles) out.push_back(std::string(RoleLabel(r)));
  return out;
}

HttpResponse GetAccount(RequestContext& ctx) {
  const auto& s = ctx.services;
  auto agent = app::GetAgent(s.store, s.clock, ctx.Who(), ctx.Who().agent_id);
  if (!agent) return ErrorPage(ctx, agent.error());
  nlohmann::json data{{"name", agent->DisplayName()},
                      {"email", agent->email},
                      {"roles", RoleLabels(*agent)},
                      {"totp_enabled", agent->totp_enabled}};
  if (agent->last_login_at) data["last_login_at"] = FormatFrenchTimestamp(*agent->last_login_at);
  return ctx.Page("account_view", "Mon compte", data);
}

HttpResponse AccountTotpPage(RequestContext& ctx, const Error* error) {
  const auto& s = ctx.services;
  auto enrolment = app::StartTotpEnrolment(s.store, s.clock, s.settings, SessionToken(ctx.req));
  if (!enrolment) {
    if (enrolment.error().kind != ErrorKind::kConflict) return ErrorPage(ctx, enrolment.error());
    return ctx.Page("account_second_factor", "Double authentification", {{"enabled", true}});
  }
  nlohmann::json data = EnrolmentJson(*enrolment, kAccountTotpPath, "/compte", error);
  data["enabled"] = false;
  return ctx.Page("account_second_factor", "Double authentification", data,
                  error ? HttpStatusOf(error->kind) : 200);
}

HttpResponse GetAccountTotp(RequestContext& ctx) { return AccountTotpPage(ctx, nullptr); }

HttpResponse PostAccountTotp(RequestContext& ctx) {
  const auto& s = ctx.services;
  auto code = First(ctx.req.Form(), "code").value_or("");
  auto done = app::ConfirmTotpEnrolment(s.store, s.clock, s.settings, SessionToken(ctx.req), code,
                                        ClientOf(ctx.req));
  if (done) return HttpResponse::Redirect(kAccountTotpPath);
  if (done.error().kind == ErrorKind::kConflict) return HttpResponse::Redirect(kAccountTotpPath);
  if (done.error().kind != ErrorKind::kInvalid && done.error().kind != ErrorKind::kLocked) {
    return ErrorPage(ctx, done.error());
  }
  return AccountTotpPage(ctx, &done.error());
}

}  // namespace

void RegisterAccountRoutes(Router& router) {
  router.Get("/compte", Access::kPage, GetAccount);
  router.Get(kAccountTotpPath, Access::kPage, GetAccountTotp);
  router.Post(kAccountTotpPath, Access::kPage, PostAccountTotp);
}

}  // namespace pacte::web
