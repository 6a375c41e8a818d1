// Needs versus offer pages and API (issue 6): exact figures for a coordinateur, small counts
// hidden ("s" / null) for a signataire, the fixed dates of partners, refusals, the CSV
// download and the printable identification report.

#include "http/beneficiaries_http_fixture.hpp"
#include "support/offer_helpers.hpp"

namespace pacte::testing {
namespace {

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

class NeedsHttpTest : public BeneficiariesHttpTest {
 protected:
  void SetUp() override {
    for (int i = 0; i < 14; ++i) {
      const auto id = Person("Personne" + std::to_string(i), "2025-01-06");
      const std::string theme = i < 12 ? "logement" : "mobilite";
      ExecuteForTest(server.db().store(),
                     "INSERT INTO diagnostics (person_id, made_on, created_at, updated_at) "
                     "VALUES ($1, '2026-02-01', '2026-02-01T10:00:00Z', '2026-02-01T10:00:00Z')",
                     {std::to_string(id)});
      ExecuteForTest(server.db().store(),
                     "INSERT INTO diagnostic_items (diagnostic_id, theme, impact) SELECT MAX(id), "
                     "$2, 'fort' FROM diagnostics WHERE person_id = $1",
                     {std::to_string(id), theme});
    }
    TestActionSpec spec;
    spec.name = "Accès au logement";
    spec.barriers = {"logement"};
    spec.thematiques = {};
    const auto action = CreateTestAction(server.db().store(), server.clock(), org.structure_id,
                                         spec);
    TestSessionSpec session;
    session.starts_on = "2026-03-01";
    session.places = 3;
    CreateTestSession(server.db().store(), server.clock(), action, session);
  }

  static const nlohmann::json& Theme(const nlohmann::json& area, const std::string& code) {
    for (const auto& t : area["themes"]) {
      if (t["theme"] == code) return t;
    }
    throw std::runtime_error("thème absent");
  }
};

TEST_F(NeedsHttpTest, ACoordinateurSeesExactFigures) {
  auto r = Api("GET", "/api/v1/stats/needs", "coordinateur");
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = Json(r);
  EXPECT_EQ(j["exact"], true);
  ASSERT_EQ(j["territories"].size(), 1u);
  const auto& area = j["territories"][0];
  EXPECT_EQ(area["label"], "Territoire de test");
  EXPECT_EQ(Theme(area, "logement")["need"], 12);
  EXPECT_EQ(Theme(area, "logement")["places"], 3.0);
  EXPECT_DOUBLE_EQ(Theme(area, "logement")["gap_index"].get<double>(), 0.75);
  EXPECT_EQ(Theme(area, "mobilite")["need"], 2);
  EXPECT_EQ(Theme(area, "mobilite")["gap_index"], 1.0);
  EXPECT_TRUE(Theme(area, "sante")["gap_index"].is_null());  // non calculable
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_events WHERE action = 'stats.needs'"), 1);
  auto page = Page("/pilotage/besoins?theme=logement", "coordinateur");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(Has(page.body, "<h1>Besoins et offre par territoire</h1>"));
  EXPECT_TRUE(Has(page.body, "<td>75\u00a0%</td>")) << page.body;
  EXPECT_TRUE(Has(page.body, "non calculable"));
  EXPECT_TRUE(Has(page.body, R"({"areas":{"Territoire de test":{"gap":0.75,"need":"12",)"))
      << page.body;
}

TEST_F(NeedsHttpTest, ASignataireSeesSmallCountsHidden) {
  auto r = Api("GET", "/api/v1/stats/needs", "signataire");
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = Json(r);
  EXPECT_EQ(j["exact"], false);
  const auto& area = j["territories"][0];
  EXPECT_EQ(Theme(area, "logement")["need"], 12);
  EXPECT_TRUE(Theme(area, "mobilite")["need"].is_null());
  EXPECT_TRUE(Theme(area, "mobilite")["fort"].is_null());
  EXPECT_TRUE(Theme(area, "mobilite")["gap_index"].is_null());
  EXPECT_EQ(Theme(area, "mobilite")["gap_hidden"], true);
  auto page = Page("/pilotage/besoins?theme=mobilite", "signataire");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(Has(page.body, "<abbr title=\"Effectif masqué (secret statistique)\">s</abbr>"));
  EXPECT_FALSE(Has(page.body, "Personne1"));
  // The map's figures hide the same index.
  EXPECT_TRUE(Has(page.body, R"("Territoire de test":{"gap":null,"need":"s","text":"s"})"))
      << page.body;
}

TEST_F(NeedsHttpTest, PartnersChooseOnlyFixedDates) {
  auto odd = Api("GET", "/api/v1/stats/needs?date=2026-06-15", "signataire");
  EXPECT_EQ(odd.status, 422) << odd.body;
  EXPECT_TRUE(Has(odd.body, "Date non proposée")) << odd.body;
  EXPECT_EQ(Api("GET", "/api/v1/stats/needs?date=2025-12-31", "signataire").status, 200);
  EXPECT_EQ(Api("GET", "/api/v1/stats/needs?date=2026-06-15", "coordinateur").status, 200);
  auto future = Api("GET", "/api/v1/stats/needs?date=2027-01-01", "coordinateur");
  EXPECT_EQ(future.status, 422);
  EXPECT_TRUE(Has(future.body, "La date ne peut pas être dans le futur.")) << future.body;
  auto bad = Api("GET", "/api/v1/stats/needs?date=hier", "coordinateur");
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(ProblemFields(bad), std::vector<std::string>{"date"});
  auto page = Page("/pilotage/besoins?date=2026-06-15", "signataire");
  EXPECT_EQ(page.status, 422);
}

TEST_F(NeedsHttpTest, RolesWithoutTheRightAreRefused) {
  EXPECT_EQ(Api("GET", "/api/v1/stats/needs", "referent").status, 403);
  EXPECT_EQ(Page("/pilotage/besoins", "referent").status, 403);
  EXPECT_EQ(Api("GET", "/api/v1/stats/needs?territory=999", "admin").status, 404);
}

TEST_F(NeedsHttpTest, DownloadsTheTablesAsCsv) {
  auto r = Page("/pilotage/besoins/export?format=csv&date=2025-12-31", "signataire");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.Header("content-type"), "text/csv; charset=utf-8");
  EXPECT_TRUE(Has(r.body, "Territoire;Impact fort;Impact moyen;Personnes en besoin;")) << r.body;
  EXPECT_EQ(Page("/pilotage/besoins/export?format=pdf", "signataire").status, 422);
}

TEST_F(NeedsHttpTest, DrillsDownAndPrintsTheIdentificationReport) {
  auto t = Page("/pilotage/besoins/communes?territoire=" + std::to_string(org.territory_id) +
                "&theme=logement", "coordinateur");
  ASSERT_EQ(t.status, 200) << t.body;
  EXPECT_TRUE(Has(t.body, "<h1>Besoins et offre par commune – Territoire de test</h1>"));
  EXPECT_TRUE(Has(t.body, "<th scope=\"row\">Nanterre</th>")) << t.body;
  auto first = Page("/pilotage/besoins/communes", "signataire");  // the first territory
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_TRUE(Has(first.body, "<th scope=\"row\">Nanterre</th>"));
  EXPECT_EQ(Page("/pilotage/besoins/communes?territoire=abc", "admin").status, 404);
  auto report = Page("/pilotage/besoins/identification?annee=2026", "signataire");
  ASSERT_EQ(report.status, 200) << report.body;
  EXPECT_TRUE(Has(report.body, "<h1>Identification des besoins 2026</h1>"));
  EXPECT_TRUE(Has(report.body, "Ni besoin repéré ni place offerte."));
  EXPECT_TRUE(Has(report.body, "Effectif trop faible pour être publié"));
  EXPECT_EQ(Page("/pilotage/besoins/identification?annee=2099", "signataire").status, 422);
}

}  // namespace
}  // namespace pacte::testing
