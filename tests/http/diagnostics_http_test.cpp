// Diagnostic and personal-data pages and API over HTTP, with real sessions and tokens: health
// hidden from the coordinateur, French field errors, the referential's edition rights and
// versions, the audited export.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "storage/sql_unit_of_work.hpp"
#include "support/auth_helpers.hpp"
#include "support/organisation_helpers.hpp"
#include "support/parcours_helpers.hpp"
#include "support/test_server.hpp"

namespace pacte::testing {
namespace {

class DiagnosticsHttpTest : public ::testing::Test {
 protected:
  TestServer server;
  app::Store& store = server.db().store();
  TestOrganisation org = CreateTestStructure(store, server.clock());
  std::int64_t person = CreateTestPerson(store, server.clock(), {.dd_since = "2025-01-10"});
  std::int64_t referent_id = CreateAgent(store, server.clock(), server.settings(), "ref@cd92.fr",
                                         {Role::kReferent}, org.structure_id);
  std::int64_t coordinateur_id =
      CreateAgent(store, server.clock(), server.settings(), "coord@cd92.fr", {Role::kCoordinateur});
  std::string referent_token = CreateApiToken(store, server.clock(), referent_id);
  std::string coordinateur_token = CreateApiToken(store, server.clock(), coordinateur_id);
  std::string base = "/api/v1/beneficiaries/" + std::to_string(person);
  std::string page = "/beneficiaires/" + std::to_string(person);

  void SetUp() override {
    OrientForTest(store, server.clock(), person, org.structure_id, "social", "2025-02-01");
    AssignReferentForTest(store, server.clock(), person, referent_id, org.structure_id,
                          "2025-02-05");
  }

  ClientResponse Api(const std::string& method, const std::string& path, const std::string& token,
                     const std::string& body = "") {
    std::map<std::string, std::string> headers{{"Authorization", "Bearer " + token}};
    if (!body.empty()) headers["Content-Type"] = "application/json";
    return Send(server.port(), ClientRequest{method, path, headers, body});
  }

  static nlohmann::json Json(const ClientResponse& r) {
    return nlohmann::json::parse(r.body, nullptr, false);
  }

  static std::map<std::string, std::string> Errors(const ClientResponse& r) {
    std::map<std::string, std::string> out;
    auto j = Json(r);
    if (j.is_object() && j.contains("errors")) {
      for (const auto& e : j["errors"]) out[e["field"]] = e["detail"];
    }
    return out;
  }

  std::string AuditCount(const std::string& action) {
    std::string out;
    store.Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      auto& conn = dynamic_cast<storage::SqlUnitOfWork&>(uow).connection();
      out = conn.Query("SELECT COUNT(*) FROM audit_events WHERE action = $1", {action})
                .rows.at(0)
                .Text(0);
      return true;
    });
    return out;
  }

  ClientResponse CreateWithHealth() {
    return Api("POST", base + "/diagnostics", referent_token,
               R"({"made_on": "2026-11-20",
                   "items": [{"theme": "logement", "situation_code": "heberge_chez_tiers", "impact": "fort"},
                             {"theme": "sante", "situation_code": "dossier_mdph", "impact": "moyen"}],
                   "driving_licence": true, "qualification_level": "cap_bep",
                   "professional_project": "Aide à domicile", "rome_code": "K1304"})");
  }
};

TEST_F(DiagnosticsHttpTest, ReferentCreatesAndReadsWithHealth) {
  auto created = CreateWithHealth();
  ASSERT_EQ(created.status, 201) << created.body;
  auto j = Json(created);
  EXPECT_EQ(j["items"].size(), 2u);
  EXPECT_EQ(j["rome_code"], "K1304");
  EXPECT_EQ(j["health_hidden"], false);
  auto list = Api("GET", base + "/diagnostics", referent_token);
  ASSERT_EQ(list.status, 200);
  auto l = Json(list);
  EXPECT_EQ(l["total"], 1);
  EXPECT_EQ(l["health_hidden"], false);
  EXPECT_EQ(l["items"][0]["items"].size(), 2u);
  EXPECT_EQ(l["items"][0]["items"][1]["situation_label"], "Dossier MDPH");
  EXPECT_EQ(AuditCount("diagnostic.create"), "1");
  EXPECT_EQ(AuditCount("diagnostic.read"), "1");
}

TEST_F(DiagnosticsHttpTest, HealthIsHiddenFromTheCoordinateur) {
  ASSERT_EQ(CreateWithHealth().status, 201);
  auto list = Api("GET", base + "/diagnostics", coordinateur_token);
  ASSERT_EQ(list.status, 200) << list.body;
  auto l = Json(list);
  EXPECT_EQ(l["health_hidden"], true);
  ASSERT_EQ(l["items"][0]["items"].size(), 1u);
  EXPECT_EQ(l["items"][0]["items"][0]["theme"], "logement");
  EXPECT_EQ(list.body.find("dossier_mdph"), std::string::npos);
  auto session = LoginSession(server, "coord@cd92.fr");
  auto html = server.Get(page + "/diagnostic", {{"Cookie", session.cookie}});
  ASSERT_EQ(html.status, 200);
  EXPECT_NE(html.body.find("Information réservée"), std::string::npos);
  EXPECT_EQ(html.body.find("Dossier MDPH"), std::string::npos);
  EXPECT_EQ(html.body.find("Nouveau diagnostic"), std::string::npos);  // may not edit
  auto refused = Api("POST", base + "/diagnostics", coordinateur_token, R"({"made_on": "x"})");
  EXPECT_EQ(refused.status, 403);
}

TEST_F(DiagnosticsHttpTest, BadInputGetsFrenchFieldErrorsAndWritesNothing) {
  auto r = Api("POST", base + "/diagnostics", referent_token,
               R"({"made_on": "2026-12-01", "rome_code": "12345", "qualification_level": "master",
                   "items": [{"theme": "mobilite", "situation_code": "heberge_chez_tiers", "impact": "fort"},
                             {"theme": "logement", "situation_code": "inconnue", "impact": "enorme"}]})");
  ASSERT_EQ(r.status, 422) << r.body;
  auto e = Errors(r);
  EXPECT_EQ(e["made_on"], "La date du diagnostic ne peut pas être dans le futur.");
  EXPECT_NE(e["rome_code"].find("Code ROME invalide"), std::string::npos);
  EXPECT_NE(e["items[0].situation_code"].find("n'appartient pas au thème « Mobilité »"),
            std::string::npos);
  EXPECT_NE(e["items[1].situation_code"].find("Situation inconnue"), std::string::npos);
  EXPECT_TRUE(e.count("items[1].impact"));
  EXPECT_TRUE(e.count("qualification_level"));
  auto shape = Api("POST", base + "/diagnostics", referent_token,
                   R"({"made_on": 3, "items": [{"theme": "logement", "couleur": "bleu"}]})");
  ASSERT_EQ(shape.status, 422);
  auto s = Errors(shape);
  EXPECT_TRUE(s.count("made_on"));
  EXPECT_TRUE(s.count("items[0].couleur"));
  EXPECT_TRUE(s.count("items[0].situation_code"));
  EXPECT_EQ(Api("POST", base + "/diagnostics", referent_token, "{pas du json").status, 400);
  EXPECT_EQ(Json(Api("GET", base + "/diagnostics", referent_token))["total"], 0);
  EXPECT_EQ(AuditCount("diagnostic.create"), "0");
}

TEST_F(DiagnosticsHttpTest, PageFormCreatesANewVersionPrefilledFromTheLatest) {
  ASSERT_EQ(CreateWithHealth().status, 201);
  auto session = LoginSession(server, "ref@cd92.fr");
  auto html = server.Get(page + "/diagnostic", {{"Cookie", session.cookie}});
  ASSERT_EQ(html.status, 200);
  EXPECT_NE(html.body.find("Dossier MDPH"), std::string::npos);
  EXPECT_NE(html.body.find("aria-current=\"page\""), std::string::npos);
  EXPECT_NE(html.body.find("name=\"item.logement.heberge_chez_tiers\""), std::string::npos);
  EXPECT_NE(html.body.find("<option value=\"fort\" selected>"), std::string::npos);
  auto bad = PostForm(server, session, page + "/diagnostic",
                      {{"made_on", "2026-11-21"}, {"rome_code", "ABCDE"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("aria-invalid=\"true\""), std::string::npos);
  EXPECT_NE(bad.body.find("Code ROME invalide"), std::string::npos);
  auto saved = PostForm(server, session, page + "/diagnostic",
                        {{"made_on", "2026-11-21"},
                         {"item.logement.heberge_chez_tiers", "moyen"},
                         {"item.sante.dossier_mdph", "moyen"},
                         {"driving_licence", "oui"}});
  ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 500);
  auto after = server.Get(page + "/diagnostic?enregistre=1", {{"Cookie", session.cookie}});
  EXPECT_NE(after.body.find("Diagnostic enregistré."), std::string::npos);
  EXPECT_NE(after.body.find("En amélioration"), std::string::npos);  // logement fort → moyen
  EXPECT_EQ(Json(Api("GET", base + "/diagnostics", referent_token))["total"], 2);
}

TEST_F(DiagnosticsHttpTest, ReferentialIsEditedByCoordinateurWithVersions) {
  auto referent = LoginSession(server, "ref@cd92.fr");
  EXPECT_EQ(server.Get("/referentiels/situations", {{"Cookie", referent.cookie}}).status, 403);
  EXPECT_EQ(PostForm(server, referent, "/referentiels/situations",
                     {{"theme", "numerique"}, {"label", "Pas de smartphone"}})
                .status,
            403);
  auto coord = LoginSession(server, "coord@cd92.fr");
  auto list = server.Get("/referentiels/situations", {{"Cookie", coord.cookie}});
  ASSERT_EQ(list.status, 200);
  EXPECT_NE(list.body.find("Sans hébergement"), std::string::npos);
  auto added = PostForm(server, coord, "/referentiels/situations",
                        {{"theme", "numerique"}, {"label", "Pas de smartphone"}});
  EXPECT_EQ(added.status, 303);
  auto missing = PostForm(server, coord, "/referentiels/situations", {{"theme", "numerique"}});
  EXPECT_EQ(missing.status, 422);
  EXPECT_NE(missing.body.find("Indiquez le libellé de la situation."), std::string::npos);
  auto renamed = PostForm(server, coord, "/referentiels/situations/1",
                          {{"version", "1"}, {"label", "Sans aucun hébergement"}});
  EXPECT_EQ(renamed.status, 303);
  auto stale = PostForm(server, coord, "/referentiels/situations/1",
                        {{"version", "1"}, {"label", "Autre libellé"}});
  EXPECT_EQ(stale.status, 409);
  auto after = server.Get("/referentiels/situations", {{"Cookie", coord.cookie}});
  EXPECT_NE(after.body.find("Sans aucun hébergement"), std::string::npos);
  EXPECT_NE(after.body.find("Pas de smartphone"), std::string::npos);
  // Deactivated (no "active" field posted): no longer offered in a diagnostic.
  EXPECT_EQ(PostForm(server, coord, "/referentiels/situations/1",
                     {{"version", "2"}, {"label", "Sans aucun hébergement"}})
                .status,
            303);
  auto r = Api(
      "POST", base + "/diagnostics", referent_token,
      R"({"made_on": "2026-11-20", "items": [{"theme": "logement", "situation_code": "sans_hebergement", "impact": "fort"}]})");
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(Errors(r).count("items[0].situation_code"));
}

TEST_F(DiagnosticsHttpTest, ExportIsAuditedAndRefusedToTheCoordinateur) {
  ASSERT_EQ(CreateWithHealth().status, 201);
  auto r = Api("GET", base + "/personal-data", referent_token);
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = Json(r);
  EXPECT_EQ(j["person"]["last_name"], "Martin");
  EXPECT_EQ(j["person"]["id"], person);
  EXPECT_EQ(j["diagnostics"].size(), 1u);
  EXPECT_EQ(j["diagnostics"][0]["driving_licence"], true);
  EXPECT_EQ(j["diagnostic_items"].size(), 2u);
  EXPECT_EQ(j["orientations"][0]["parcours"], "social");
  EXPECT_TRUE(j["notes"].is_array());
  EXPECT_GE(j["audit_events"].size(), 1u);
  EXPECT_EQ(AuditCount("person.export"), "1");
  EXPECT_EQ(Api("GET", base + "/personal-data", coordinateur_token).status, 403);
  auto session = LoginSession(server, "ref@cd92.fr");
  auto html = server.Get(page + "/donnees", {{"Cookie", session.cookie}});
  ASSERT_EQ(html.status, 200);
  EXPECT_NE(html.body.find("Données personnelles de"), std::string::npos);
  EXPECT_NE(html.body.find("Historique des droits"), std::string::npos);
  auto file = server.Get(page + "/donnees.json", {{"Cookie", session.cookie}});
  ASSERT_EQ(file.status, 200);
  EXPECT_NE(file.Header("content-disposition").find("attachment"), std::string::npos);
  EXPECT_EQ(AuditCount("person.export"), "3");
}

}  // namespace
}  // namespace pacte::testing
