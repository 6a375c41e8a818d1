#pragma once
// Test-only AuthGate (the real sessions belong to the accounts feature): the header
// "X-Test-Agent: <role code>" signs the request in as an agent with that role, for pages
// and the API alike. "X-Test-Agent-Id: <n>" sets the agent id (default 1000). Pages get
// the fixed CSRF token kFakeCsrfToken.

#include <string>

#include "web/server/auth_gate.hpp"

namespace pacte::testing {

inline const std::string kFakeCsrfToken(64, 'c');

class AuditFakeAuthGate final : public web::AuthGate {
 public:
  std::optional<web::PageSession> ResolvePage(const web::HttpRequest& req) override;
  std::optional<app::Actor> ResolveApi(const web::HttpRequest& req) override;
};

}  // namespace pacte::testing
