#pragma once
// A real pacte server on loopback, like TestServer, but signed in through AuditFakeAuthGate
// (see audit_fake_auth_gate.hpp) so the audit pages can be tested before the accounts
// feature lands.

#include <map>
#include <memory>
#include <string>

#include "app/ports/clock.hpp"
#include "support/test_database.hpp"
#include "support/test_server.hpp"

namespace pacte::testing {

class AuditTestServer {
 public:
  AuditTestServer();
  ~AuditTestServer();
  unsigned short port() const;
  TestDatabase& db() { return db_; }
  app::ManualClock& clock() { return clock_; }
  // GET path as an agent with role_code ("" = anonymous).
  ClientResponse Get(const std::string& path, const std::string& role_code);
  // POST an urlencoded form as role_code; the fake CSRF token is added unless with_csrf is false.
  ClientResponse PostForm(const std::string& path, const std::string& role_code,
                          std::string body = {}, bool with_csrf = true);

 private:
  struct Impl;
  TestDatabase db_;
  app::Settings settings_;
  app::ManualClock clock_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace pacte::testing
