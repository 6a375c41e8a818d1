#pragma once
// Shared set-up of the beneficiaries HTTP tests: a server signed in by role (FakeAuthGate),
// one structure in Nanterre's territory, and helpers for forms and the API.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/audit_test_helpers.hpp"
#include "support/fake_auth_gate.hpp"
#include "support/organisation_helpers.hpp"
#include "support/parcours_helpers.hpp"
#include "support/test_server.hpp"
#include "web/server/http.hpp"

namespace pacte::testing {

class BeneficiariesHttpTest : public ::testing::Test {
 protected:
  FakeAuthGate gate;
  TestServer server{&gate};
  TestOrganisation org = CreateTestStructure(server.db().store(), server.clock());

  std::int64_t Person(const std::string& last, std::optional<std::string> dd = "2025-01-06") {
    return CreateTestPerson(server.db().store(), server.clock(),
                            {.last_name = last, .dd_since = dd});
  }
  ClientResponse Page(const std::string& path, const std::string& role = "admin") {
    return server.Get(path, FakeAuthGate::As(role));
  }
  ClientResponse Post(const std::string& path, std::vector<std::pair<std::string, std::string>> f,
                      const std::string& role = "admin") {
    f.emplace_back("_csrf", kTestCsrfToken);
    auto headers = FakeAuthGate::As(role);
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    std::string body;
    for (const auto& [k, v] : f) {
      body += (body.empty() ? "" : "&") + web::UrlEncode(k) + "=" + web::UrlEncode(v);
    }
    return Send(server.port(), ClientRequest{"POST", path, headers, body});
  }
  ClientResponse Api(const std::string& method, const std::string& path,
                     const std::string& role = "admin", const std::string& body = "") {
    auto headers = FakeAuthGate::As(role);
    if (!body.empty()) headers["Content-Type"] = "application/json";
    return Send(server.port(), ClientRequest{method, path, headers, body});
  }
  static nlohmann::json Json(const ClientResponse& r) {
    return nlohmann::json::parse(r.body, nullptr, false);
  }
  static std::vector<std::string> ProblemFields(const ClientResponse& r) {
    std::vector<std::string> out;
    auto j = Json(r);
    if (j.is_object() && j.contains("errors")) {
      for (const auto& e : j["errors"]) out.push_back(e["field"].get<std::string>());
    }
    return out;
  }
  std::int64_t Count(const std::string& sql) { return RawCount(server.db().store(), sql); }
};

}  // namespace pacte::testing
