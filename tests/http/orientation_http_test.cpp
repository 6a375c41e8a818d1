// Orientation and référent unique over HTTP: the API (status codes, French field messages,
// conflicts) and the pages (forms with errors beside fields), per role and scope.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "app/accounts/manage_agents.hpp"
#include "support/auth_helpers.hpp"
#include "support/organisation_helpers.hpp"
#include "support/parcours_helpers.hpp"
#include "support/test_server.hpp"

namespace pacte::testing {
namespace {

class OrientationHttp : public ::testing::Test {
 protected:
  TestServer server;
  TestOrganisation ccas, ft;
  std::int64_t person = 0, charge = 0, outsider = 0, referent = 0, other_referent = 0;
  std::string charge_token, outsider_token, referent_token;

  void SetUp() override {
    auto& store = server.db().store();
    server.clock().Set(*ParseIsoTimestamp("2025-06-02T09:00:00Z"));
    ccas = CreateTestStructure(store, server.clock(), "CCAS de Nanterre");
    ft = CreateTestStructure(store, server.clock(), "France Travail Nanterre");
    charge = Agent("charge@cd92.fr", Role::kChargeOrientation, std::nullopt);
    Scope(charge, ccas.territory_id);
    ExecuteForTest(store,
                   "INSERT INTO territories (departement_code, code, name, kind, created_at, "
                   "updated_at) VALUES ('92', 'T9', 'Autre territoire', 'custom', 'x', 'x')");
    outsider = Agent("loin@cd92.fr", Role::kChargeOrientation, std::nullopt);
    Scope(outsider, ccas.territory_id + 1);
    referent = Agent("ref@cd92.fr", Role::kReferent, ccas.structure_id);
    other_referent = Agent("ref2@cd92.fr", Role::kReferent, ccas.structure_id);
    charge_token = CreateApiToken(store, server.clock(), charge);
    outsider_token = CreateApiToken(store, server.clock(), outsider);
    referent_token = CreateApiToken(store, server.clock(), referent);
    person = CreateTestPerson(store, server.clock(), {.dd_since = "2025-03-03"});
  }

  std::int64_t Agent(const std::string& email, Role role, std::optional<std::int64_t> s) {
    return CreateAgent(server.db().store(), server.clock(), server.settings(), email, {role}, s);
  }

  void Scope(std::int64_t agent_id, std::int64_t territory) {
    auto system = app::Actor::System("test");
    auto agent = app::GetAgent(server.db().store(), server.clock(), system, agent_id);
    ASSERT_TRUE(agent);
    app::AgentChanges c;
    c.id = agent_id;
    c.version = agent->version;
    c.territory_id = std::optional<std::int64_t>(territory);
    ASSERT_TRUE(app::UpdateAgent(server.db().store(), server.clock(), system, c));
  }

  ClientResponse Api(const std::string& method, const std::string& path, const std::string& token,
                     const nlohmann::json& body = nullptr) {
    ClientRequest req{method, path, {{"Authorization", "Bearer " + token}}, ""};
    if (!body.is_null()) {
      req.headers["Content-Type"] = "application/json";
      req.body = body.dump();
    }
    return Send(server.port(), req);
  }

  std::string Base() { return "/api/v1/beneficiaries/" + std::to_string(person); }

  nlohmann::json Orientation(std::int64_t structure, const std::string& on = "2025-04-01",
                             bool re = false) {
    return {{"parcours", re ? "professionnel" : "social"},
            {"structure_id", structure},
            {"decided_on", on},
            {"reason", "Freins"},
            {"is_reorientation", re},
            {"criteria",
             {{"employment_situation", "sans_activite"},
              {"difficulties", {{{"area", "logement"}, {"impact", "fort"}}}}}}};
  }
};

std::string FieldDetail(const ClientResponse& r, const std::string& field) {
  auto body = nlohmann::json::parse(r.body, nullptr, false);
  if (!body.is_object() || !body.contains("errors")) return "";
  for (const auto& e : body["errors"]) {
    if (e.value("field", "") == field) return e.value("detail", "");
  }
  return "";
}

TEST_F(OrientationHttp, ChargeOrientsThenReorientsAndHistoryIsKept) {
  auto first = Api("POST", Base() + "/orientations", charge_token, Orientation(ccas.structure_id));
  ASSERT_EQ(first.status, 201) << first.body;
  auto created = nlohmann::json::parse(first.body);
  EXPECT_EQ(created["criteria"]["difficulties"][0]["impact"], "fort");
  EXPECT_EQ(created["drees_category"], "departement");
  auto twice = Api("POST", Base() + "/orientations", charge_token, Orientation(ft.structure_id));
  EXPECT_EQ(twice.status, 409) << twice.body;
  auto re = Api("POST", Base() + "/orientations", charge_token,
                Orientation(ft.structure_id, "2025-05-01", true));
  ASSERT_EQ(re.status, 201) << re.body;
  EXPECT_EQ(nlohmann::json::parse(re.body)["previous_orientation_id"], created["id"]);
  auto list = Api("GET", Base() + "/orientations", charge_token);
  ASSERT_EQ(list.status, 200);
  auto items = nlohmann::json::parse(list.body)["items"];
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0]["is_reorientation"], true);
}

TEST_F(OrientationHttp, BadOrientationInputIsRefusedInFrench) {
  auto unknown = Api("POST", Base() + "/orientations", charge_token, Orientation(999999));
  ASSERT_EQ(unknown.status, 422) << unknown.body;
  EXPECT_EQ(FieldDetail(unknown, "structure_id").rfind("Structure inconnue", 0), 0u) << unknown.body;
  auto typo = Api("POST", Base() + "/orientations", charge_token,
                  {{"parcours", "social"}, {"criteria", {{"projet", "defini"}}}});
  EXPECT_EQ(typo.status, 422);
  EXPECT_EQ(FieldDetail(typo, "criteria.projet"), "Champ inconnu.");
  auto list = Api("GET", Base() + "/orientations", charge_token);
  EXPECT_EQ(nlohmann::json::parse(list.body)["total"], 0);
}

TEST_F(OrientationHttp, ReferentCannotOrientAndOutsiderDoesNotSeeThePerson) {
  OrientForTest(server.db().store(), server.clock(), person, ccas.structure_id);
  auto by_referent = Api("POST", Base() + "/orientations", referent_token, nlohmann::json("{"));
  EXPECT_EQ(by_referent.status, 403) << by_referent.body;
  auto outside = Api("POST", Base() + "/orientations", outsider_token,
                     Orientation(ft.structure_id, "2025-05-01", true));
  EXPECT_EQ(outside.status, 404) << outside.body;
  EXPECT_EQ(Api("GET", Base() + "/orientations", outsider_token).status, 404);
}

TEST_F(OrientationHttp, ReferentDesignationOverTheApi) {
  OrientForTest(server.db().store(), server.clock(), person, ccas.structure_id);
  auto unknown = Api("PUT", Base() + "/referent", charge_token,
                     {{"agent_id", 999999}, {"since", "2025-04-01"}});
  ASSERT_EQ(unknown.status, 422);
  EXPECT_EQ(FieldDetail(unknown, "agent_id").rfind("Agent inconnu", 0), 0u);
  auto ok = Api("PUT", Base() + "/referent", charge_token,
                {{"agent_id", referent}, {"since", "2025-04-01"}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  auto version = nlohmann::json::parse(ok.body)["version"].get<int>();
  auto same = Api("PUT", Base() + "/referent", charge_token,
                  {{"agent_id", referent}, {"since", "2025-05-01"}});
  EXPECT_EQ(same.status, 409);
  auto stale = Api("PUT", Base() + "/referent", charge_token,
                   {{"agent_id", other_referent}, {"since", "2025-05-01"}, {"version", version + 1}});
  EXPECT_EQ(stale.status, 409);
  auto moved = Api("PUT", Base() + "/referent", referent_token,
                   {{"agent_id", other_referent}, {"since", "2025-05-01"}, {"version", version}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(nlohmann::json::parse(moved.body)["agent_id"], other_referent);
  auto caseloads = Api("GET", "/api/v1/referents?structure_id=" + std::to_string(ccas.structure_id),
                       charge_token);
  ASSERT_EQ(caseloads.status, 200);
  for (const auto& c : nlohmann::json::parse(caseloads.body)["items"]) {
    EXPECT_EQ(c["caseload"], c["agent_id"] == other_referent ? 1 : 0);
  }
}

TEST_F(OrientationHttp, ReorientationRequestAndDecisionOverTheApi) {
  OrientForTest(server.db().store(), server.clock(), person, ccas.structure_id);
  AssignReferentForTest(server.db().store(), server.clock(), person, referent, ccas.structure_id);
  nlohmann::json ask{{"motive", "Projet défini"}, {"proposed_parcours", "professionnel"}};
  auto req = Api("POST", Base() + "/reorientation-requests", referent_token, ask);
  ASSERT_EQ(req.status, 201) << req.body;
  auto id = std::to_string(nlohmann::json::parse(req.body)["id"].get<std::int64_t>());
  auto second = Api("POST", Base() + "/reorientation-requests", referent_token, ask);
  EXPECT_EQ(second.status, 409);
  auto pending = Api("GET", "/api/v1/reorientation-requests", charge_token);
  EXPECT_EQ(nlohmann::json::parse(pending.body)["total"], 1);
  EXPECT_EQ(Api("GET", "/api/v1/reorientation-requests", referent_token).status, 403);
  auto path = "/api/v1/reorientation-requests/" + id + "/decision";
  auto by_referent = Api("POST", path, referent_token, {{"decision", "acceptee"}});
  EXPECT_EQ(by_referent.status, 403);
  auto no_reason = Api("POST", path, charge_token, {{"decision", "refusee"}});
  ASSERT_EQ(no_reason.status, 422);
  EXPECT_EQ(FieldDetail(no_reason, "decision_reason"), "Indiquez le motif du refus.");
  auto accepted = Api("POST", path, charge_token,
                      {{"decision", "acceptee"}, {"structure_id", ft.structure_id}});
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  EXPECT_EQ(nlohmann::json::parse(accepted.body)["status"], "acceptee");
  auto history = Api("GET", Base() + "/orientations", charge_token);
  EXPECT_EQ(nlohmann::json::parse(history.body)["items"][0]["structure_id"], ft.structure_id);
}

TEST_F(OrientationHttp, TransferOverTheApiIsForbiddenToReferents) {
  auto denied = Api("POST", "/api/v1/referents/" + std::to_string(referent) + "/transfer",
                    referent_token, {{"to_agent_id", other_referent}, {"since", "2025-05-01"}});
  EXPECT_EQ(denied.status, 403);
  AssignReferentForTest(server.db().store(), server.clock(), person, referent, ccas.structure_id);
  auto done = Api("POST", "/api/v1/referents/" + std::to_string(referent) + "/transfer",
                  charge_token, {{"to_agent_id", other_referent}, {"since", "2025-05-01"}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(nlohmann::json::parse(done.body)["count"], 1);
}

TEST_F(OrientationHttp, OrientationPageShowsFormsAndErrorsBesideFields) {
  OrientForTest(server.db().store(), server.clock(), person, ccas.structure_id);
  auto session = LoginSession(server, "charge@cd92.fr");
  const std::string page = "/beneficiaires/" + std::to_string(person) + "/orientation";
  auto shown = server.Get(page, {{"Cookie", session.cookie}});
  ASSERT_EQ(shown.status, 200) << shown.body;
  EXPECT_NE(shown.body.find("<h1>Orientation et référent de Awa Martin</h1>"), std::string::npos);
  EXPECT_NE(shown.body.find("aria-current=\"page\""), std::string::npos);
  EXPECT_NE(shown.body.find("Réorienter la personne"), std::string::npos);
  EXPECT_NE(shown.body.find("Catégorie DREES"), std::string::npos);
  auto bad = PostForm(server, session, page,
                      {{"reorientation", "1"}, {"parcours", "social"}, {"structure_id", "999999"},
                       {"decided_on", "2025-05-01"}});
  ASSERT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("id=\"structure_id-error\""), std::string::npos);
  EXPECT_NE(bad.body.find("aria-invalid=\"true\""), std::string::npos);
  auto referent_session = LoginSession(server, "ref@cd92.fr");
  auto refused = PostForm(server, referent_session, page, {{"parcours", "social"}});
  EXPECT_EQ(refused.status, 403);
  auto ok = PostForm(server, session, page,
                     {{"reorientation", "1"}, {"parcours", "professionnel"},
                      {"structure_id", std::to_string(ft.structure_id)},
                      {"decided_on", "2025-05-01"}, {"difficulty_sante", "moyen"}});
  EXPECT_EQ(ok.status, 303) << ok.body;
}

TEST_F(OrientationHttp, RequestsAndReferentPages) {
  OrientForTest(server.db().store(), server.clock(), person, ccas.structure_id);
  AssignReferentForTest(server.db().store(), server.clock(), person, referent, ccas.structure_id);
  auto ref = LoginSession(server, "ref@cd92.fr");
  const std::string base = "/beneficiaires/" + std::to_string(person);
  auto asked = PostForm(server, ref, base + "/reorientation",
                        {{"motive", "Projet défini"}, {"proposed_parcours", "professionnel"}});
  EXPECT_EQ(asked.status, 303) << asked.body;
  auto charge_session = LoginSession(server, "charge@cd92.fr");
  auto list = server.Get("/reorientations", {{"Cookie", charge_session.cookie}});
  ASSERT_EQ(list.status, 200);
  EXPECT_NE(list.body.find("Projet défini"), std::string::npos);
  auto referents = server.Get("/referents", {{"Cookie", charge_session.cookie}});
  ASSERT_EQ(referents.status, 200);
  EXPECT_NE(referents.body.find("Transférer le portefeuille"), std::string::npos);
  auto transfer = PostForm(server, charge_session,
                           "/referents/" + std::to_string(referent) + "/transfert",
                           {{"to_agent_id", std::to_string(other_referent)}, {"since", "2025-06-01"}});
  EXPECT_EQ(transfer.status, 303) << transfer.body;
}

}  // namespace
}  // namespace pacte::testing
