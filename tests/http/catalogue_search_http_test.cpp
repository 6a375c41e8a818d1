// The catalogue search over HTTP: GET /api/v1/actions, the page /offre/actions (form, results,
// map data and table, "Prescrire" links), /beneficiaires/{id}/trouver-une-action, the figures
// page /offre/chiffres and the menu entries.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/auth_helpers.hpp"
#include "support/offer_helpers.hpp"
#include "support/organisation_helpers.hpp"
#include "support/parcours_helpers.hpp"
#include "support/test_server.hpp"

namespace pacte::testing {
namespace {

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

class CatalogueSearchHttp : public ::testing::Test {
 protected:
  TestServer server;
  bool clock_set = SetClock();
  TestOrganisation org = CreateTestStructure(server.db().store(), server.clock(), "CCAS A");
  std::int64_t referent = Agent("ref@cd92.fr", Role::kReferent);
  std::int64_t operateur = Agent("op@cd92.fr", Role::kOperateur);
  std::int64_t coord = Agent("coord@cd92.fr", Role::kCoordinateur);
  std::int64_t signataire = Agent("sign@cd92.fr", Role::kSignataire);
  std::int64_t person = Person();
  std::int64_t permis = CreateTestAction(server.db().store(), server.clock(), org.structure_id,
                                         {.name = "Atelier permis <B>"});
  std::int64_t session = CreateTestSession(server.db().store(), server.clock(), permis);
  std::int64_t logement = CreateTestAction(
      server.db().store(), server.clock(), org.structure_id,
      {.name = "Accès au logement", .thematiques = {"logement-hebergement--louer-un-logement"},
       .barriers = {"logement"}});

  bool SetClock() {
    server.clock().Set(*ParseIsoTimestamp("2026-06-01T09:00:00Z"));
    return true;
  }

  std::int64_t Agent(const std::string& email, Role role) {
    return CreateAgent(server.db().store(), server.clock(), server.settings(), email, {role},
                       org.structure_id);
  }

  std::int64_t Person() {
    auto& store = server.db().store();
    auto id = CreateTestPerson(store, server.clock(), {.dd_since = "2025-01-06"});
    OrientForTest(store, server.clock(), id, org.structure_id, "social", "2025-02-03");
    AssignReferentForTest(store, server.clock(), id, referent, org.structure_id, "2025-02-10");
    ExecuteForTest(store,
                   "INSERT INTO diagnostics (person_id, made_on, created_at, updated_at) "
                   "VALUES ($1, '2026-01-10', 'x', 'x')",
                   {std::to_string(id)});
    ExecuteForTest(store,
                   "INSERT INTO diagnostic_items (diagnostic_id, theme, impact) SELECT MAX(id), "
                   "'mobilite', 'fort' FROM diagnostics");
    return id;
  }

  ClientResponse Api(const std::string& path, std::int64_t agent) {
    auto token = CreateApiToken(server.db().store(), server.clock(), agent);
    return server.Get(path, {{"Authorization", "Bearer " + token}});
  }

  ClientResponse Page(const std::string& path, const std::string& email) {
    auto login = LoginSession(server, email);
    return server.Get(path, {{"Cookie", login.cookie}});
  }
};

TEST_F(CatalogueSearchHttp, ApiAnswersAPageOfResults) {
  auto r = Api("/api/v1/actions?q=atelier%20permis&commune=92050&page_size=10", referent);
  ASSERT_EQ(r.status, 200) << r.body;
  auto body = nlohmann::json::parse(r.body);
  EXPECT_EQ(body["total"], 1);
  EXPECT_EQ(body["page"], 1);
  EXPECT_EQ(body["page_size"], 10);
  ASSERT_EQ(body["items"].size(), 1u);
  const auto& item = body["items"][0];
  EXPECT_EQ(item["id"], permis);
  EXPECT_EQ(item["structure"]["name"], "CCAS A");
  EXPECT_EQ(item["objective_label"], "Lever les freins sociaux");
  EXPECT_EQ(item["free_places"], 10);
  EXPECT_EQ(item["next_session_id"], session);
  EXPECT_TRUE(item["quality"]["score"].is_number());
  auto both = Api("/api/v1/actions?barrier=logement&barrier=mobilite", referent);
  EXPECT_EQ(nlohmann::json::parse(both.body)["total"], 2);
}

TEST_F(CatalogueSearchHttp, ApiNamesUnknownAndBadParameters) {
  auto unknown = Api("/api/v1/actions?objectif=emploi", referent);
  EXPECT_EQ(unknown.status, 422);
  EXPECT_TRUE(Has(unknown.body, "\"objectif\"")) << unknown.body;
  auto bad = Api("/api/v1/actions?objective=emploi&has_places=oui&commune=75056", referent);
  EXPECT_EQ(bad.status, 422);
  auto body = nlohmann::json::parse(bad.body);
  EXPECT_EQ(body["code"], "catalogue.search_invalid");
  std::string fields;
  for (const auto& e : body["errors"]) fields += e["field"].get<std::string>() + " ";
  EXPECT_EQ(fields, "objective has_places ");  // the commune is looked up once the rest is read
  auto commune = Api("/api/v1/actions?commune=75056", referent);
  EXPECT_EQ(commune.status, 422);
  EXPECT_TRUE(Has(commune.body, "Commune inconnue")) << commune.body;
}

TEST_F(CatalogueSearchHttp, ApiIsRefusedToSignatories) {
  EXPECT_EQ(Api("/api/v1/actions", signataire).status, 403);
}

TEST_F(CatalogueSearchHttp, PageListsResultsWithMapDataTableAndPrescribeLinks) {
  const std::string p = std::to_string(person);
  auto r = Page("/offre/actions?pour=" + p + "&barrier=mobilite&commune=92050", "ref@cd92.fr");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(Has(r.body, "<h1>Catalogue des actions</h1>"));
  EXPECT_TRUE(Has(r.body, "Atelier permis &lt;B&gt;"));  // escaped
  EXPECT_FALSE(Has(r.body, "Accès au logement"));
  EXPECT_TRUE(Has(r.body, "href=\"/offre/actions/" + std::to_string(permis) + "\""));
  EXPECT_TRUE(Has(r.body, "/beneficiaires/" + p + "/prescriptions/nouvelle?action=" +
                              std::to_string(permis) + "&amp;session=" +
                              std::to_string(session)))
      << r.body;
  EXPECT_TRUE(Has(r.body, "id=\"barrier-mobilite\" name=\"barrier\" value=\"mobilite\" checked"));
  EXPECT_TRUE(Has(r.body, "<script type=\"application/json\" id=\"catalogue-data\">"));
  EXPECT_TRUE(Has(r.body, "\"92050\":{\"actions\":1"));
  EXPECT_TRUE(Has(r.body, "/assets/commune-map.js"));
  EXPECT_TRUE(Has(r.body, "/assets/catalogue-map.js"));
  EXPECT_TRUE(Has(r.body, "Résultats par commune"));
  EXPECT_TRUE(Has(r.body, "Places libres : 10"));
  EXPECT_TRUE(Has(r.body, "1 action(s) trouvée(s)."));
  EXPECT_FALSE(Has(r.body, "style=")) << "pas de style en ligne";
  auto js = server.Get("/assets/catalogue-map.js");
  EXPECT_EQ(js.status, 200);
  EXPECT_EQ(server.Get("/assets/commune-map.js").status, 200);
}

TEST_F(CatalogueSearchHttp, NoPrescribeLinkForWhoMayNotPrescribeToThePerson) {
  auto r = Page("/offre/actions?pour=" + std::to_string(person), "op@cd92.fr");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r.body, "Atelier permis"));
  EXPECT_FALSE(Has(r.body, "/prescriptions/nouvelle"));
  EXPECT_FALSE(Has(r.body, "Recherche pour une personne"));
}

TEST_F(CatalogueSearchHttp, PageShowsBadCriteriaNextToTheirFields) {
  auto r = Page("/offre/actions?objective=emploi&barrier=solitude", "ref@cd92.fr");
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(Has(r.body, "id=\"objective-error\""));
  EXPECT_TRUE(Has(r.body, "Objectif inconnu"));
  EXPECT_TRUE(Has(r.body, "aria-invalid=\"true\""));
  EXPECT_TRUE(Has(r.body, "id=\"barrier-error\">Frein inconnu : « solitude »"));
  EXPECT_EQ(Page("/offre/actions", "sign@cd92.fr").status, 403);
}

TEST_F(CatalogueSearchHttp, FindActionRedirectsToTheSearchPrefilledFromThePerson) {
  const std::string p = std::to_string(person);
  auto r = Page("/beneficiaires/" + p + "/trouver-une-action", "ref@cd92.fr");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.Header("location"), "/offre/actions?pour=" + p + "&barrier=mobilite&commune=92050");
  EXPECT_EQ(Page("/beneficiaires/" + p + "/trouver-une-action", "coord@cd92.fr").status, 403);
  EXPECT_EQ(Page("/beneficiaires/999999/trouver-une-action", "ref@cd92.fr").status, 404);
}

TEST_F(CatalogueSearchHttp, FiguresPageForManagersAndOperators) {
  CreateTestPrescription(server.db().store(), server.clock(),
                         {.person_id = person, .action_id = permis, .session_id = session,
                          .status = "acceptee"});
  auto r = Page("/offre/chiffres", "coord@cd92.fr");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(Has(r.body, "<h1>Chiffres de l'offre</h1>"));
  EXPECT_TRUE(Has(r.body, "Remplissage par objectif"));
  EXPECT_TRUE(Has(r.body, "<td>10</td><td>1</td><td>10 %</td>")) << r.body;
  EXPECT_TRUE(Has(r.body, "<th scope=\"row\">Acceptée</th><td>1</td>"));
  auto op = Page("/offre/chiffres?annee=2026", "op@cd92.fr");
  EXPECT_EQ(op.status, 200);
  EXPECT_TRUE(Has(op.body, "Chiffres des actions de votre structure."));
  EXPECT_TRUE(Has(op.body, "Chiffres de l'offre en 2026"));
  EXPECT_EQ(Page("/offre/chiffres", "ref@cd92.fr").status, 403);
  EXPECT_EQ(Page("/offre/chiffres?annee=1850", "coord@cd92.fr").status, 422);
}

TEST_F(CatalogueSearchHttp, MenuOffersThePagesTheRoleMayOpen) {
  auto ref = Page("/", "ref@cd92.fr");
  EXPECT_TRUE(Has(ref.body, "href=\"/offre/actions\">Catalogue des actions"));
  EXPECT_FALSE(Has(ref.body, "href=\"/offre/chiffres\""));
  auto op = Page("/", "op@cd92.fr");
  EXPECT_TRUE(Has(op.body, "href=\"/offre/chiffres\""));
  auto sign = Page("/", "sign@cd92.fr");
  EXPECT_FALSE(Has(sign.body, "/offre/actions"));
}

}  // namespace
}  // namespace pacte::testing
