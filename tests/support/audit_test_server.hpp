#pragma once
// A TestServer signed in through FakeAuthGate (header "X-Test-Agent: <role>"), with helpers
// for the audit pages' tests.

#include <string>

#include "support/fake_auth_gate.hpp"
#include "support/test_server.hpp"

namespace pacte::testing {

class AuditTestServer {
 public:
  AuditTestServer() : server_(&gate_) {}
  unsigned short port() const { return server_.port(); }
  TestDatabase& db() { return server_.db(); }
  app::ManualClock& clock() { return server_.clock(); }
  // GET path as an agent with role_code ("" = anonymous).
  ClientResponse Get(const std::string& path, const std::string& role_code);
  // POST an urlencoded form as role_code; the fake CSRF token is added unless with_csrf is false.
  ClientResponse PostForm(const std::string& path, const std::string& role_code,
                          std::string body = {}, bool with_csrf = true);

 private:
  FakeAuthGate gate_;
  TestServer server_;
};

}  // namespace pacte::testing
