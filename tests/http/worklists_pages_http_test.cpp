// The "À traiter" pages over HTTP: counts per perimeter, lists with filters, order and
// pagination, the CSV export, the home page counts, and who may see them.

#include <nlohmann/json.hpp>

#include "http/worklists_http_fixture.hpp"

namespace pacte::testing {
namespace {

constexpr const char* kOrientation = "/a-traiter/orientation_overdue";

TEST_F(WorklistsHttp, AReferentSeesTheirCaseloadByDefaultAndTheirStructureOnRequest) {
  auto counts = Page("ref.a@cd92.fr", "/a-traiter");
  ASSERT_EQ(counts.status, 200);
  EXPECT_TRUE(Has(counts.body, "<h1>À traiter</h1>"));
  EXPECT_TRUE(Has(counts.body, "<a href=\"/a-traiter/orientation_overdue\">Orientation à décider</a> : <span class=\"badge\">1</span>"));
  EXPECT_TRUE(Has(counts.body, "<a href=\"/a-traiter/contract_overdue\">Contrat à signer</a> : <span class=\"badge\">1</span>"));
  EXPECT_FALSE(Has(counts.body, "/referentiels/echeances"));
  auto wide = Page("ref.a@cd92.fr", "/a-traiter?perimetre=structure");
  EXPECT_TRUE(Has(wide.body, "Orientation à décider</a> : <span class=\"badge\">2</span>"));
  EXPECT_TRUE(Has(wide.body, "href=\"/a-traiter/orientation_overdue?perimetre=structure\""));

  auto mine = Page("ref.a@cd92.fr", kOrientation);
  ASSERT_EQ(mine.status, 200);
  EXPECT_TRUE(Has(mine.body, "<a href=\"" + Fiche(alpha) + "\">Alpha Awa</a>"));
  EXPECT_FALSE(Has(mine.body, "Bravo"));
  auto structure = Page("ref.a@cd92.fr", std::string(kOrientation) + "?perimetre=structure");
  EXPECT_TRUE(Has(structure.body, "Alpha"));
  EXPECT_TRUE(Has(structure.body, "Bravo"));
  EXPECT_FALSE(Has(structure.body, "Charlie"));
  EXPECT_FALSE(Has(structure.body, "Delta"));
  EXPECT_FALSE(Has(structure.body, "Echo"));
}

TEST_F(WorklistsHttp, AListShowsSinceDueDaysLateReferentAndStructureMostOverdueFirst) {
  auto r = Page("coord@cd92.fr", kOrientation);
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r.body, "<h1>Orientation à décider</h1>"));
  EXPECT_TRUE(Has(r.body, "<caption>Orientation à décider au 01/03/2025 : 5 au total"));
  EXPECT_TRUE(Has(r.body, "<th scope=\"col\">Jours de retard</th>"));
  // Echo (2009 rules, 2 months) is the most overdue: first row.
  auto echo_at = r.body.find("Echo Awa");
  auto alpha_at = r.body.find("Alpha Awa");
  ASSERT_NE(echo_at, std::string::npos);
  ASSERT_NE(alpha_at, std::string::npos);
  EXPECT_LT(echo_at, alpha_at);
  EXPECT_TRUE(Has(r.body, "<time datetime=\"2025-02-03\">03/02/2025</time>"));
  EXPECT_TRUE(Has(r.body, "<time datetime=\"2025-02-02\">02/02/2025</time></td>\n      <td>27</td>"));
  EXPECT_TRUE(Has(r.body, "<td>12</td>\n      <td>Prénom ref.a</td>\n      <td>non orientée</td>"));
  EXPECT_TRUE(Has(r.body, "<td>27</td>\n      <td>aucun</td>\n      <td>non orientée</td>"));
  EXPECT_TRUE(Has(r.body, "Exporter la liste (CSV)"));

  auto paged = Page("coord@cd92.fr", std::string(kOrientation) + "?taille=2");
  EXPECT_TRUE(Has(paged.body, "Page 1 sur 3"));
  EXPECT_TRUE(Has(paged.body, "rel=\"next\""));
  EXPECT_TRUE(Has(paged.body, "Echo Awa"));
  EXPECT_FALSE(Has(paged.body, "Delta Awa"));
}

TEST_F(WorklistsHttp, ACoordinatorFiltersByTerritoryAndStructure) {
  auto t2_only = Page("coord@cd92.fr", std::string(kOrientation) + "?territoire=" +
                                          std::to_string(a.territory_id));
  EXPECT_FALSE(Has(t2_only.body, "Delta"));
  EXPECT_TRUE(Has(t2_only.body, "Echo"));
  auto b_only = Page("coord@cd92.fr", std::string(kOrientation) + "?structure=" +
                                         std::to_string(b.structure_id));
  EXPECT_TRUE(Has(b_only.body, "Charlie"));
  EXPECT_FALSE(Has(b_only.body, "Alpha"));
  EXPECT_TRUE(Has(b_only.body, "<option value=\"" + std::to_string(b.structure_id) +
                                   "\" selected>CCAS B</option>"));
  auto index = Page("coord@cd92.fr", "/a-traiter");
  EXPECT_TRUE(Has(index.body, "Orientation à décider</a> : <span class=\"badge\">5</span>"));
  EXPECT_TRUE(Has(index.body, "href=\"/referentiels/echeances\""));
}

TEST_F(WorklistsHttp, AnOrientationOfficerSeesTheirTerritoryOnly) {
  auto r = Page("charge@cd92.fr", kOrientation);
  ASSERT_EQ(r.status, 200);
  for (const char* name : {"Alpha", "Bravo", "Charlie", "Echo"}) {
    EXPECT_TRUE(Has(r.body, name)) << name;
  }
  EXPECT_FALSE(Has(r.body, "Delta"));
}

TEST_F(WorklistsHttp, RolesWithoutWorkListsAreRefused) {
  Agent("sign@cd92.fr", {Role::kSignataire});
  Agent("stats@cd92.fr", {Role::kLecteurStats});
  Agent("op@cd92.fr", {Role::kOperateur}, a.structure_id);
  for (const char* email : {"sign@cd92.fr", "stats@cd92.fr", "op@cd92.fr"}) {
    auto session = LoginSession(server, email);
    for (const std::string& path : {std::string("/a-traiter"), std::string(kOrientation),
                                   std::string(kOrientation) + "/export"}) {
      auto r = server.Get(path, {{"Cookie", session.cookie}});
      EXPECT_EQ(r.status, 403) << email << " " << path;
      EXPECT_FALSE(Has(r.body, "Alpha")) << email << " " << path;
    }
    auto home = server.Get("/", {{"Cookie", session.cookie}});
    EXPECT_EQ(home.status, 200);
    EXPECT_FALSE(Has(home.body, "accueil-a-traiter")) << email;
  }
}

TEST_F(WorklistsHttp, UnknownListsAndBadFiltersAreExplainedInFrench) {
  auto session = LoginSession(server, "coord@cd92.fr");
  auto unknown = server.Get("/a-traiter/tout", {{"Cookie", session.cookie}});
  EXPECT_EQ(unknown.status, 404);
  EXPECT_TRUE(Has(unknown.body, "Liste inconnue"));
  auto bad = server.Get(std::string(kOrientation) + "?territoire=abc&perimetre=tout",
                        {{"Cookie", session.cookie}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(Has(bad.body, "aria-invalid=\"true\" aria-describedby=\"filtre-territoire-erreur\""));
  EXPECT_TRUE(Has(bad.body, "identifiant numérique attendu"));
  EXPECT_TRUE(Has(bad.body, "Périmètre inconnu"));
  EXPECT_FALSE(Has(bad.body, "Alpha"));
}

TEST_F(WorklistsHttp, TheCsvExportIsForFrenchExcelAndAudited) {
  auto session = LoginSession(server, "ref.a@cd92.fr");
  auto r = server.Get(std::string(kOrientation) + "/export?perimetre=structure",
                      {{"Cookie", session.cookie}});
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.Header("content-type"), "text/csv; charset=utf-8");
  EXPECT_EQ(r.Header("content-disposition"),
            "attachment; filename=\"a-traiter-orientation_overdue-2025-03-01.csv\"");
  ASSERT_GE(r.body.size(), 3u);
  EXPECT_EQ(r.body.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_TRUE(Has(r.body, "Nom;Prénom;Identifiant;Depuis le;Échéance;Jours de retard;Référent;"
                          "Structure;Règles\r\n"));
  EXPECT_TRUE(Has(r.body, "Alpha;Awa;" + std::to_string(alpha) +
                              ";18/02/2025;17/02/2025;12;Prénom ref.a;;2025\r\n"));
  EXPECT_TRUE(Has(r.body, "Bravo;Awa;"));
  EXPECT_FALSE(Has(r.body, "Charlie"));
  auto admin_session = LoginSession(server, "admin@cd92.fr");
  auto audit = server.Get("/api/v1/audit-events?action=worklist.export",
                          {{"Authorization",
                            "Bearer " + CreateApiToken(server.db().store(), server.clock(),
                                                       admin)}});
  ASSERT_EQ(audit.status, 200);
  auto body = nlohmann::json::parse(audit.body);
  ASSERT_EQ(body["total"], 1);
  EXPECT_EQ(body["items"][0]["agent_id"], ref_a);
  EXPECT_EQ(body["items"][0]["object_id"], "orientation_overdue");
  EXPECT_EQ(body["items"][0]["details"]["total"], 2);
}

TEST_F(WorklistsHttp, TheHomePageShowsTheCountsWithLinks) {
  auto r = Page("ref.a@cd92.fr", "/");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r.body, "<h2 id=\"accueil-a-traiter\">À traiter</h2>"));
  EXPECT_TRUE(Has(r.body, "<a href=\"/a-traiter/orientation_overdue\">Orientation à décider</a> : <span class=\"badge\">1</span>"));
  EXPECT_TRUE(Has(r.body, "<a href=\"/a-traiter/contract_overdue\">Contrat à signer</a> : <span class=\"badge\">1</span>"));
}

TEST_F(WorklistsHttp, AnItemLeavesTheListWhenTheFactChanges) {
  auto session = LoginSession(server, "ref.a@cd92.fr");
  ASSERT_TRUE(Has(server.Get(kOrientation, {{"Cookie", session.cookie}}).body, "Alpha"));
  OrientForTest(server.db().store(), server.clock(), alpha, a.structure_id, "professionnel",
                "2025-03-01");
  auto after = server.Get(kOrientation, {{"Cookie", session.cookie}});
  EXPECT_FALSE(Has(after.body, "Alpha"));
  EXPECT_TRUE(Has(after.body, "Rien à traiter dans cette liste."));
}

}  // namespace
}  // namespace pacte::testing
