#pragma once
// Shared set-up of the contract HTTP tests: a real server (clock 2026-06-01), a structure, a
// person followed by the `referent` agent, a coordinator (sees, cannot edit) and a référent of
// another structure (does not see), each with a browser session and an API token.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/auth_helpers.hpp"
#include "support/organisation_helpers.hpp"
#include "support/parcours_helpers.hpp"
#include "support/test_server.hpp"

namespace pacte::testing {

struct ContractCaller {
  std::int64_t agent_id = 0;
  SessionCookies session;
  std::string token;
};

class ContractsHttpTest : public ::testing::Test {
 protected:
  TestServer server;
  TestOrganisation org;
  TestOrganisation other;
  ContractCaller referent, coordinator, stranger;
  std::int64_t person_id = 0;

  void SetUp() override {
    auto& store = server.db().store();
    server.clock().Set(*ParseIsoTimestamp("2026-06-01T09:00:00Z"));
    org = CreateTestStructure(store, server.clock(), "CCAS de Nanterre");
    other = CreateTestStructure(store, server.clock(), "Autre CCAS");
    referent = Caller("ref@cd92.fr", Role::kReferent, org.structure_id);
    coordinator = Caller("coord@cd92.fr", Role::kCoordinateur, std::nullopt);
    stranger = Caller("autre@cd92.fr", Role::kReferent, other.structure_id);
    person_id = CreateTestPerson(store, server.clock(), {.dd_since = "2025-01-06"});
    OrientForTest(store, server.clock(), person_id, org.structure_id, "social", "2025-02-03");
    AssignReferentForTest(store, server.clock(), person_id, referent.agent_id, org.structure_id,
                          "2025-02-10");
  }

  ContractCaller Caller(const std::string& email, Role role,
                        std::optional<std::int64_t> structure) {
    auto& store = server.db().store();
    ContractCaller c;
    c.agent_id = CreateAgent(store, server.clock(), server.settings(), email, {role}, structure);
    c.session = LoginSession(server, email);
    c.token = CreateApiToken(store, server.clock(), c.agent_id);
    return c;
  }

  ClientResponse Api(const ContractCaller& who, const std::string& method,
                     const std::string& path, const std::string& body = "") {
    ClientRequest req{method, path, {{"Authorization", "Bearer " + who.token}}, body};
    if (!body.empty()) req.headers["Content-Type"] = "application/json";
    return Send(server.port(), req);
  }

  ClientResponse Page(const ContractCaller& who, const std::string& path) {
    return server.Get(path, {{"Cookie", who.session.cookie}});
  }

  ClientResponse Post(const ContractCaller& who, const std::string& path,
                      const FormFields& fields) {
    return PostForm(server, who.session, path, fields);
  }

  std::string PersonContracts() const {
    return "/api/v1/beneficiaries/" + std::to_string(person_id) + "/contracts";
  }
  std::string ContractsPage() const {
    return "/beneficiaires/" + std::to_string(person_id) + "/contrats";
  }

  // Creates a contract through the API as the référent; returns its JSON.
  nlohmann::json CreateByApi(const nlohmann::json& body) {
    auto r = Api(referent, "POST", PersonContracts(), body.dump());
    EXPECT_EQ(r.status, 201) << r.body;
    return nlohmann::json::parse(r.body, nullptr, false);
  }

  static nlohmann::json Engagement() {
    return {{"type", "contrat_engagement"},
            {"starts_on", "2026-03-01"},
            {"ends_on", "2026-08-31"},
            {"weekly_hours", 15},
            {"objectives", "Retrouver un emploi dans la logistique."},
            {"actions", {{{"label", "Atelier CV"}, {"action_type", 2}}}}};
  }

  static nlohmann::json Json(const ClientResponse& r) {
    return nlohmann::json::parse(r.body, nullptr, false);
  }

  // detail of the problem's error on `field` ("" when absent).
  static std::string ProblemField(const ClientResponse& r, const std::string& field) {
    auto j = Json(r);
    if (!j.is_object() || !j.contains("errors")) return "";
    for (const auto& e : j["errors"]) {
      if (e.value("field", "") == field) return e.value("detail", "");
    }
    return "";
  }
};

// Text as kainjow mustache escapes it in pages (' → &apos;).
inline std::string Html(const std::string& text) {
  std::string out;
  for (char c : text) out += c == '\'' ? std::string("&apos;") : std::string(1, c);
  return out;
}

}  // namespace pacte::testing
