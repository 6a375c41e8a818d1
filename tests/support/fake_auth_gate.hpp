#pragma once
// A test-only AuthGate: the header "X-Test-Agent: <role code>" (e.g. "coordinateur") signs the
// request in as an agent with that role, for pages and for the API alike. Pages get the fixed
// CSRF token kTestCsrfToken, which forms must post back as _csrf.

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "web/server/auth_gate.hpp"

namespace pacte::testing {

inline const std::string kTestCsrfToken(64, 'c');

// The agent id given to an actor of `role` (stable, for audit assertions).
std::int64_t TestAgentId(Role role);

class FakeAuthGate final : public web::AuthGate {
 public:
  std::optional<web::PageSession> ResolvePage(const web::HttpRequest& req) override;
  std::optional<app::Actor> ResolveApi(const web::HttpRequest& req) override;

  // Headers signing a request in as `role_code`.
  static std::map<std::string, std::string> As(const std::string& role_code);

 private:
  static std::optional<app::Actor> ActorOf(const web::HttpRequest& req);
};

}  // namespace pacte::testing
