#pragma once
// A test server with a person in D&D followed by a référent (session and API token), a
// colleague of the same structure and a coordinateur, for the appointment, note and exit
// HTTP tests. The server's clock reads 2026-11-27T09:00:00Z.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/auth_helpers.hpp"
#include "support/organisation_helpers.hpp"
#include "support/parcours_helpers.hpp"
#include "support/test_server.hpp"

namespace pacte::testing {

class AppointmentsHttp : public ::testing::Test {
 protected:
  TestServer server;
  TestOrganisation org;
  std::int64_t person = 0;
  std::int64_t referent = 0, colleague = 0, coordinator = 0;
  SessionCookies referent_session;
  std::string referent_token, colleague_token;

  void SetUp() override {
    auto& store = server.db().store();
    org = CreateTestStructure(store, server.clock());
    referent = CreateAgent(store, server.clock(), server.settings(), "ref@cd92.fr",
                           {Role::kReferent}, org.structure_id);
    colleague = CreateAgent(store, server.clock(), server.settings(), "collegue@cd92.fr",
                            {Role::kReferent}, org.structure_id);
    coordinator = CreateAgent(store, server.clock(), server.settings(), "coord@cd92.fr",
                              {Role::kCoordinateur}, org.structure_id);
    person = CreateTestPerson(store, server.clock(),
                              {.last_name = "Diallo", .first_name = "Awa",
                               .dd_since = "2025-01-06"});
    OrientForTest(store, server.clock(), person, org.structure_id, "social", "2025-02-03");
    AssignReferentForTest(store, server.clock(), person, referent, org.structure_id,
                          "2025-02-10");
    referent_session = LoginSession(server, "ref@cd92.fr");
    referent_token = CreateApiToken(store, server.clock(), referent);
    colleague_token = CreateApiToken(store, server.clock(), colleague);
  }

  ClientResponse Api(const std::string& method, const std::string& path,
                     const std::string& body = "", const std::string& token = "") {
    ClientRequest req{method, path, {}, body};
    req.headers["Authorization"] = "Bearer " + (token.empty() ? referent_token : token);
    if (!body.empty()) req.headers["Content-Type"] = "application/json";
    return Send(server.port(), req);
  }

  ClientResponse Page(const std::string& path, const SessionCookies* session = nullptr) {
    return server.Get(path, {{"Cookie", (session ? *session : referent_session).cookie}});
  }

  std::string PersonPath(const std::string& tail) const {
    return "/beneficiaires/" + std::to_string(person) + tail;
  }
  std::string ApiPath(const std::string& tail) const {
    return "/api/v1/beneficiaries/" + std::to_string(person) + tail;
  }

  // The "errors" of a problem as field → detail.
  static std::map<std::string, std::string> Errors(const ClientResponse& r) {
    std::map<std::string, std::string> out;
    auto j = nlohmann::json::parse(r.body, nullptr, false);
    if (!j.is_object() || !j.contains("errors")) return out;
    for (const auto& e : j["errors"]) out[e["field"]] = e["detail"];
    return out;
  }

  std::int64_t PlanByApi(const std::string& starts_at, const std::string& status = "a_venir") {
    auto r = Api("POST", ApiPath("/appointments"),
                 R"({"starts_at": ")" + starts_at +
                     R"(", "mode": "sur_place", "place": "CCAS de Nanterre", "motive": "suivi", )"
                     R"("status": ")" + status + R"("})");
    if (r.status != 201) throw std::runtime_error("plan: " + r.body);
    return nlohmann::json::parse(r.body)["id"].get<std::int64_t>();
  }
};

}  // namespace pacte::testing
