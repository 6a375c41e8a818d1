#include "support/audit_test_server.hpp"

namespace pacte::testing {

ClientResponse AuditTestServer::Get(const std::string& path, const std::string& role_code) {
  auto headers = role_code.empty() ? std::map<std::string, std::string>{}
                                   : FakeAuthGate::As(role_code);
  return Send(port(), ClientRequest{"GET", path, headers, ""});
}

ClientResponse AuditTestServer::PostForm(const std::string& path, const std::string& role_code,
                                         std::string body, bool with_csrf) {
  auto headers = role_code.empty() ? std::map<std::string, std::string>{}
                                   : FakeAuthGate::As(role_code);
  headers["Content-Type"] = "application/x-www-form-urlencoded";
  if (with_csrf) body = "_csrf=" + kTestCsrfToken + (body.empty() ? "" : "&" + body);
  return Send(port(), ClientRequest{"POST", path, headers, body});
}

}  // namespace pacte::testing
