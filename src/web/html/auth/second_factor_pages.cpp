#include "app/accounts/second_factor.hpp"
#include "web/html/auth/auth_routes.hpp"
#include "web/html/auth/session_cookie.hpp"
#include "web/html/auth/totp_view.hpp"
#include "web/html/forms.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

constexpr const char* kVerifyPath = "/connexion/second-facteur";
constexpr const char* kEnrolPath = "/connexion/second-facteur/activation";

std::string SuiteOf(const RequestContext& ctx) {
  auto from_query = First(ctx.req.QueryParams(), "suite");
  auto from_form = First(ctx.req.Form(), "suite");
  return SafeNextPath(from_form ? from_form : from_query);
}

HttpResponse VerifyPage(const RequestContext& ctx, const std::string& suite,
                        const Error* error = nullptr) {
  nlohmann::json data{{"suite", suite}};
  if (error) data["errors"] = FieldErrorsJson(*error);
  return ctx.Page("auth_second_factor", "Double authentification", data,
                  error ? HttpStatusOf(error->kind) : 200);
}

HttpResponse EnrolPage(const RequestContext& ctx, const app::TotpEnrolment& enrolment,
                       const std::string& suite, const Error* error = nullptr) {
  nlohmann::json data = EnrolmentJson(enrolment, kEnrolPath, suite, error);
  return ctx.Page("auth_totp_enrol", "Activer la double authentification", data,
                  error ? HttpStatusOf(error->kind) : 200);
}

// Where a session that cannot use this page goes instead.
HttpResponse Elsewhere(const RequestContext& ctx, const Error& error, const std::string& suite) {
  if (error.kind == ErrorKind::kUnauthenticated) return HttpResponse::Redirect("/connexion");
  auto session = CurrentSession(ctx);
  if (!session) return HttpResponse::Redirect("/connexion");
  if (!session->second_factor_pending) return HttpResponse::Redirect(suite);
  return HttpResponse::Redirect((session->totp_enabled ? kVerifyPath : kEnrolPath) +
                                SuiteQuery(suite));
}

HttpResponse GetVerify(RequestContext& ctx) {
  std::string suite = SuiteOf(ctx);
  auto session = CurrentSession(ctx);
  if (!session) return HttpResponse::Redirect("/connexion");
  if (!session->second_factor_pending) return HttpResponse::Redirect(suite);
  if (!session->totp_enabled) return HttpResponse::Redirect(kEnrolPath + SuiteQuery(suite));
  return VerifyPage(ctx, suite);
}

HttpResponse PostVerify(RequestContext& ctx) {
  std::string suite = SuiteOf(ctx);
  auto code = First(ctx.req.Form(), "code").value_or("");
  auto done = app::VerifySecondFactor(ctx.services.store, ctx.services.clock, ctx.services.settings,
                                      SessionToken(ctx.req), code, ClientOf(ctx.req));
  if (done) return HttpResponse::Redirect(suite);
  const Error& e = done.error();
  if (e.kind == ErrorKind::kInvalid || e.kind == ErrorKind::kLocked ||
      e.code == "totp.unreadable") {
    return VerifyPage(ctx, suite, &e);
  }
  return Elsewhere(ctx, e, suite);
}

HttpResponse GetEnrol(RequestContext& ctx) {
  std::string suite = SuiteOf(ctx);
  auto enrolment = app::StartTotpEnrolment(ctx.services.store, ctx.services.clock,
                                           ctx.services.settings, SessionToken(ctx.req));
  if (!enrolment) return Elsewhere(ctx, enrolment.error(), suite);
  return EnrolPage(ctx, *enrolment, suite);
}

HttpResponse PostEnrol(RequestContext& ctx) {
  std::string suite = SuiteOf(ctx);
  auto code = First(ctx.req.Form(), "code").value_or("");
  const auto& s = ctx.services;
  auto done = app::ConfirmTotpEnrolment(s.store, s.clock, s.settings, SessionToken(ctx.req), code,
                                        ClientOf(ctx.req));
  if (done) return HttpResponse::Redirect(suite);
  const Error& e = done.error();
  if (e.kind != ErrorKind::kInvalid && e.kind != ErrorKind::kLocked)
    return Elsewhere(ctx, e, suite);
  auto enrolment = app::StartTotpEnrolment(s.store, s.clock, s.settings, SessionToken(ctx.req));
  if (!enrolment) return Elsewhere(ctx, enrolment.error(), suite);
  return EnrolPage(ctx, *enrolment, suite, &e);
}

}  // namespace

void RegisterSecondFactorRoutes(Router& router) {
  router.Get(kVerifyPath, Access::kPageHalfAuth, GetVerify);
  router.Post(kVerifyPath, Access::kPageHalfAuth, PostVerify);
  router.Get(kEnrolPath, Access::kPageHalfAuth, GetEnrol);
  router.Post(kEnrolPath, Access::kPageHalfAuth, PostEnrol);
}

}  // namespace pacte::web
