#include "app/accounts/password_reset.hpp"
#include "web/html/auth/auth_routes.hpp"
#include "web/html/auth/session_cookie.hpp"
#include "web/html/forms.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

HttpResponse ResetPage(const RequestContext& ctx, const app::ResetTarget& target,
                       const Error* error = nullptr) {
  nlohmann::json data{{"email", target.email},
                      {"token", ctx.Param("token")},
                      {"min_length", ctx.services.settings.password_min_length}};
  if (error) data["errors"] = FieldErrorsJson(*error);
  return ctx.Page("auth_reset", "Nouveau mot de passe", data,
                  error ? HttpStatusOf(error->kind) : 200);
}

HttpResponse GetReset(RequestContext& ctx) {
  auto target = app::CheckPasswordReset(ctx.services.store, ctx.services.clock, ctx.Param("token"));
  if (!target) return ErrorPage(ctx, target.error());
  return ResetPage(ctx, *target);
}

HttpResponse PostReset(RequestContext& ctx) {
  const auto& s = ctx.services;
  auto form = ctx.req.Form();
  auto done = app::ResetPassword(
      s.store, s.clock, s.settings, ctx.Param("token"), First(form, "password").value_or(""),
      First(form, "password_confirmation").value_or(""), ClientOf(ctx.req));
  if (done) return HttpResponse::Redirect("/connexion?reinitialise=1");
  if (done.error().kind != ErrorKind::kInvalid) return ErrorPage(ctx, done.error());
  auto target = app::CheckPasswordReset(s.store, s.clock, ctx.Param("token"));
  if (!target) return ErrorPage(ctx, target.error());
  return ResetPage(ctx, *target, &done.error());
}

}  // namespace

void RegisterPasswordResetRoutes(Router& router) {
  router.Get("/connexion/reinitialisation/{token}", Access::kPublic, GetReset);
  router.Post("/connexion/reinitialisation/{token}", Access::kPublic, PostReset);
}

}  // namespace pacte::web
