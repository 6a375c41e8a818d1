#include "app/accounts/login.hpp"
#include "app/accounts/logout.hpp"
#include "web/html/auth/auth_routes.hpp"
#include "web/html/auth/session_cookie.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

struct LoginView {
  std::string email;
  std::string suite = "/";
  std::string error;
  std::string notice;
};

HttpResponse LoginPage(const RequestContext& ctx, const LoginView& v, int status = 200) {
  nlohmann::json data{{"email", v.email}, {"suite", v.suite}};
  if (!v.error.empty()) data["login_error"] = v.error;
  if (!v.notice.empty()) data["notice"] = v.notice;
  return ctx.Page("auth_login", "Connexion", data, status);
}

HttpResponse GetLogin(RequestContext& ctx) {
  auto query = ctx.req.QueryParams();
  LoginView v;
  v.suite = SafeNextPath(First(query, "suite"));
  if (First(query, "reinitialise")) {
    v.notice = "Votre mot de passe a été modifié : connectez-vous avec le nouveau.";
  }
  return LoginPage(ctx, v);
}

std::string NextStep(app::SecondFactorStep step, const std::string& suite) {
  switch (step) {
    case app::SecondFactorStep::kVerify:
      return "/connexion/second-facteur" + SuiteQuery(suite);
    case app::SecondFactorStep::kEnrol:
      return "/connexion/second-facteur/activation" + SuiteQuery(suite);
    case app::SecondFactorStep::kNone:
      break;
  }
  return suite;
}

HttpResponse PostLogin(RequestContext& ctx) {
  auto form = ctx.req.Form();
  LoginView v;
  v.email = First(form, "email").value_or("");
  v.suite = SafeNextPath(First(form, "suite"));
  app::LoginRequest request{v.email, First(form, "password").value_or(""), ClientOf(ctx.req),
                            ctx.req.Cookie(kSessionCookie)};
  auto result = app::Login(ctx.services.store, ctx.services.clock, ctx.services.settings, request);
  if (!result) {
    v.error = result.error().message;
    return LoginPage(ctx, v, HttpStatusOf(result.error().kind));
  }
  ctx.set_cookies.push_back(SessionCookie(result->session_token, ctx.services.settings));
  return HttpResponse::Redirect(NextStep(result->second_factor, v.suite));
}

HttpResponse PostLogout(RequestContext& ctx) {
  app::Logout(ctx.services.store, ctx.services.clock, ctx.Who(), SessionToken(ctx.req));
  ctx.set_cookies.push_back(ClearedSessionCookie(ctx.services.settings));
  return HttpResponse::Redirect("/connexion");
}

}  // namespace

void RegisterLoginRoutes(Router& router) {
  router.Get("/connexion", Access::kPublic, GetLogin);
  router.Post("/connexion", Access::kPublic, PostLogin);
  router.Post("/deconnexion", Access::kPageHalfAuth, PostLogout);
}

}  // namespace pacte::web
