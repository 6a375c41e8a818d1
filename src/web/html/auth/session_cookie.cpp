#include "web/html/auth/session_cookie.hpp"

namespace pacte::web {

std::string SessionCookie(const std::string& token, const app::Settings& settings) {
  return CookieSpec{kSessionCookie, token, true, settings.secure_cookies, "Lax", std::nullopt}
      .Render();
}

std::string ClearedSessionCookie(const app::Settings& settings) {
  return CookieSpec{kSessionCookie, "", true, settings.secure_cookies, "Lax", 0}.Render();
}

std::string SafeNextPath(const std::optional<std::string>& next) {
  if (!next || next->empty() || next->front() != '/') return "/";
  if (next->size() > 1 && ((*next)[1] == '/' || (*next)[1] == '\\')) return "/";
  if (next->size() > 2000) return "/";
  for (char c : *next) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f || c == '\\') return "/";
  }
  return *next;
}

std::string SuiteQuery(const std::string& safe_next) {
  if (safe_next == "/") return "";
  return "?suite=" + UrlEncode(safe_next);
}

app::ClientInfo ClientOf(const HttpRequest& req) {
  return app::ClientInfo{req.client_addr, req.request_id, req.Header("user-agent")};
}

std::string SessionToken(const HttpRequest& req) { return req.Cookie(kSessionCookie).value_or(""); }

std::optional<app::SessionView> CurrentSession(const RequestContext& ctx) {
  return app::ResolveSession(ctx.services.store, ctx.services.clock, ctx.services.settings,
                             SessionToken(ctx.req));
}

}  // namespace pacte::web
