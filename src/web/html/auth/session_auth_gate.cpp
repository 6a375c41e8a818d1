#include "web/html/auth/session_auth_gate.hpp"

#include <cctype>

#include "app/accounts/api_tokens.hpp"
#include "app/accounts/resolve_session.hpp"
#include "web/html/auth/session_cookie.hpp"

namespace pacte::web {

std::optional<PageSession> SessionAuthGate::ResolvePage(const HttpRequest& req) {
  auto cookie = req.Cookie(kSessionCookie);
  if (!cookie) return std::nullopt;
  auto view = app::ResolveSession(store_, clock_, settings_, *cookie);
  if (!view) return std::nullopt;
  return PageSession{
      std::move(view->actor), std::move(view->csrf_token), view->second_factor_pending, {}};
}

std::optional<app::Actor> SessionAuthGate::ResolveApi(const HttpRequest& req) {
  std::string header = req.Header("authorization");
  constexpr std::string_view kScheme = "bearer ";
  if (header.size() <= kScheme.size()) return std::nullopt;
  for (std::size_t i = 0; i < kScheme.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(header[i])) != kScheme[i]) return std::nullopt;
  }
  std::string token = header.substr(kScheme.size());
  while (!token.empty() && token.front() == ' ') token.erase(0, 1);
  while (!token.empty() && token.back() == ' ') token.pop_back();
  return app::ResolveApiToken(store_, clock_, token);
}

}  // namespace pacte::web
