#pragma once
// Shared set-up of the catalogue HTTP tests: a real server (clock 2026-06-01), two operator
// structures, an operateur of each, a coordinator and a référent, each with a browser session
// and an API token.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "support/auth_helpers.hpp"
#include "support/organisation_helpers.hpp"
#include "support/parcours_helpers.hpp"
#include "support/test_server.hpp"

namespace pacte::testing {

struct CatalogueCaller {
  std::int64_t agent_id = 0;
  SessionCookies session;
  std::string token;
};

class CatalogueHttpTest : public ::testing::Test {
 protected:
  TestServer server;
  TestOrganisation org, other;
  CatalogueCaller op, other_op, coordinator, referent;

  void SetUp() override {
    auto& store = server.db().store();
    server.clock().Set(*ParseIsoTimestamp("2026-06-01T09:00:00Z"));
    org = CreateTestStructure(store, server.clock(), "Association Mobilité 92");
    other = CreateTestStructure(store, server.clock(), "Autre association");
    for (auto id : {org.structure_id, other.structure_id}) {
      ExecuteForTest(store, "UPDATE structures SET is_action_operator = TRUE WHERE id = $1",
                     {std::to_string(id)});
    }
    op = Caller("op@asso.fr", Role::kOperateur, org.structure_id);
    other_op = Caller("op@autre.fr", Role::kOperateur, other.structure_id);
    coordinator = Caller("coord@cd92.fr", Role::kCoordinateur, std::nullopt);
    referent = Caller("ref@cd92.fr", Role::kReferent, other.structure_id);
  }

  CatalogueCaller Caller(const std::string& email, Role role,
                         std::optional<std::int64_t> structure) {
    auto& store = server.db().store();
    CatalogueCaller c;
    c.agent_id = CreateAgent(store, server.clock(), server.settings(), email, {role}, structure);
    c.session = LoginSession(server, email);
    c.token = CreateApiToken(store, server.clock(), c.agent_id);
    return c;
  }

  ClientResponse Api(const CatalogueCaller& who, const std::string& method,
                     const std::string& path, const std::string& body = "") {
    ClientRequest req{method, path, {{"Authorization", "Bearer " + who.token}}, body};
    if (!body.empty()) req.headers["Content-Type"] = "application/json";
    return Send(server.port(), req);
  }

  ClientResponse Page(const CatalogueCaller& who, const std::string& path) {
    return server.Get(path, {{"Cookie", who.session.cookie}});
  }

  ClientResponse Post(const CatalogueCaller& who, const std::string& path,
                      const FormFields& fields) {
    return PostForm(server, who.session, path, fields);
  }

  static nlohmann::json PublishableBody() {
    return {{"name", "Atelier mobilité"},
            {"description", "Préparer le code de la route et financer son permis de conduire."},
            {"telephone", "01 47 29 30 31"},
            {"modes_accueil", {"en-presentiel"}},
            {"modes_mobilisation", {"telephoner"}},
            {"mobilisable_par", {"professionnels"}},
            {"adresse", "1 place de la Boule"},
            {"commune_code", "92050"},
            {"thematiques", {"mobilite--preparer-un-permis"}},
            {"publics", {"tous-publics"}},
            {"frais", "gratuit"}};
  }

  // Creates an action through the API as `who`; returns its JSON.
  nlohmann::json CreateAction(const CatalogueCaller& who,
                              nlohmann::json body = PublishableBody()) {
    auto r = Api(who, "POST", "/api/v1/actions", body.dump());
    EXPECT_EQ(r.status, 201) << r.body;
    return nlohmann::json::parse(r.body);
  }

  static std::string ActionPath(const nlohmann::json& a) {
    return "/api/v1/actions/" + std::to_string(a["id"].get<std::int64_t>());
  }
};

inline nlohmann::json FieldsOf(const ClientResponse& r) {
  auto j = nlohmann::json::parse(r.body, nullptr, false);
  nlohmann::json out = nlohmann::json::object();
  if (j.is_object() && j.contains("errors")) {
    for (const auto& e : j["errors"]) out[e.value("field", "")] = e.value("detail", "");
  }
  return out;
}

}  // namespace pacte::testing
