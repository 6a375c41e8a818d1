#pragma once
// How the pipeline learns who is calling. Implemented by the accounts feature
// (web/html/auth/session_auth_gate.cpp) over the app's session and token use cases.

#include <optional>
#include <string>
#include <vector>

#include "app/policies/actor.hpp"
#include "web/server/http.hpp"

namespace pacte::web {

struct PageSession {
  app::Actor actor;
  std::string csrf_token;
  bool second_factor_pending = false;
  // Set-Cookie values to add to the response (e.g. the refreshed session cookie).
  std::vector<std::string> set_cookies;
};

class AuthGate {
 public:
  virtual ~AuthGate() = default;
  // The signed-in session carried by the request's cookie, refreshed (idle expiry); nullopt
  // when absent, expired or revoked.
  virtual std::optional<PageSession> ResolvePage(const HttpRequest& req) = 0;
  // The agent behind "Authorization: Bearer <token>"; nullopt when missing, unknown, revoked
  // or the agent is inactive.
  virtual std::optional<app::Actor> ResolveApi(const HttpRequest& req) = 0;
};

}  // namespace pacte::web
