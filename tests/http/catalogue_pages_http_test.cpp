// The catalogue pages over HTTP: creation form and its errors next to the fields, the fiche
// with its quality score, publication, sessions, "Mes actions", programmes.

#include "http/catalogue_http_fixture.hpp"

namespace pacte::testing {
namespace {

class CataloguePages : public CatalogueHttpTest {
 protected:
  static bool Has(const ClientResponse& r, const std::string& text) {
    return r.body.find(text) != std::string::npos;
  }
};

TEST_F(CataloguePages, OperatorCreatesAnActionThroughTheForm) {
  auto form = Page(op, "/offre/actions/nouvelle");
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(Has(form, "<label for=\"name\">"));
  EXPECT_FALSE(Has(form, "name=\"structure_id\""));  // an operator: its own structure
  auto bad = Post(op, "/offre/actions/nouvelle", {{"name", ""}, {"courriel", "x"}});
  ASSERT_EQ(bad.status, 422);
  EXPECT_TRUE(Has(bad, "Le nom de l&apos;action est obligatoire."));
  EXPECT_FALSE(Has(bad, "id=\"description-error\""));  // no error: nothing next to it
  EXPECT_TRUE(Has(bad, "aria-invalid=\"true\""));
  EXPECT_TRUE(Has(bad, "id=\"courriel-error\""));
  auto created = Post(op, "/offre/actions/nouvelle",
                      {{"name", "Atelier mobilité"},
                       {"description", "Préparer le code de la route."},
                       {"telephone", "01 47 29 30 31"},
                       {"modes_accueil", "en-presentiel"},
                       {"modes_mobilisation", "telephoner"},
                       {"thematiques", "mobilite--preparer-un-permis"},
                       {"thematiques", "mobilite--acceder-a-un-vehicule"},
                       {"adresse", "1 place de la Boule"},
                       {"commune_code", "92050"},
                       {"funding_amount_cents", "12 500,50"}});
  ASSERT_EQ(created.status, 303) << created.body;
  const std::string href = created.Header("location").substr(0, created.Header("location").find('?'));
  auto fiche = Page(op, href);
  ASSERT_EQ(fiche.status, 200);
  EXPECT_TRUE(Has(fiche, "Qualité data·inclusion"));
  EXPECT_TRUE(Has(fiche, "Brouillon"));
  EXPECT_TRUE(Has(fiche, "Publier l'action"));
  auto edit = Page(op, href + "/modifier");
  ASSERT_EQ(edit.status, 200);
  EXPECT_TRUE(Has(edit, "value=\"12500,50\""));
  EXPECT_TRUE(Has(edit, "value=\"mobilite--acceder-a-un-vehicule\" checked"));
}

TEST_F(CataloguePages, PublishAddSessionAndSeeMesActions) {
  auto a = CreateAction(op);
  const std::string href = "/offre/actions/" + std::to_string(a["id"].get<std::int64_t>());
  auto stale = Post(op, href + "/publier", {{"version", "0"}});
  EXPECT_EQ(stale.status, 409);
  auto published = Post(op, href + "/publier", {{"version", std::to_string(a["version"].get<int>())}});
  ASSERT_EQ(published.status, 303) << published.body;
  auto session = Post(op, href + "/sessions",
                      {{"starts_on", "2026-07-06"}, {"ends_on", "2026-07-31"}, {"places", "8"}});
  ASSERT_EQ(session.status, 303) << session.body;
  auto refused = Post(op, href + "/sessions",
                      {{"starts_on", "2026-05-06"}, {"ends_on", "2026-07-31"}, {"places", "8"}});
  ASSERT_EQ(refused.status, 422);
  EXPECT_TRUE(Has(refused, "id=\"starts_on-error\""));
  auto fiche = Page(referent, href);
  ASSERT_EQ(fiche.status, 200);
  EXPECT_TRUE(Has(fiche, "<caption>Sessions de l'action</caption>"));
  EXPECT_FALSE(Has(fiche, "Modifier l'action"));
  auto mine = Page(op, "/offre/mes-actions");
  ASSERT_EQ(mine.status, 200);
  EXPECT_TRUE(Has(mine, "Atelier mobilité"));
  EXPECT_TRUE(Has(mine, "0 %"));
  EXPECT_EQ(Page(referent, "/offre/mes-actions").status, 403);
  EXPECT_EQ(Post(other_op, href + "/archiver", {{"version", "1"}}).status, 403);
}

TEST_F(CataloguePages, CoordinatorKeepsTheProgrammeOfAYear) {
  auto list = Page(coordinator, "/offre/programmes");
  ASSERT_EQ(list.status, 200);
  auto bad = Post(coordinator, "/offre/programmes", {{"year", "deux mille"}, {"budget_se_remobiliser", "-5"}});
  ASSERT_EQ(bad.status, 422);
  EXPECT_TRUE(Has(bad, "id=\"year-error\""));
  EXPECT_TRUE(Has(bad, "id=\"budget_se_remobiliser-error\""));
  auto created = Post(coordinator, "/offre/programmes",
                      {{"year", "2026"}, {"adopted_on", "2026-01-29"},
                       {"budget_lever_freins_sociaux", "150000"}});
  ASSERT_EQ(created.status, 303) << created.body;
  auto body = PublishableBody();
  body["programme_year"] = 2026;
  body["funding_amount_cents"] = 5000000;
  CreateAction(op, body);
  auto detail = Page(coordinator, created.Header("location"));
  ASSERT_EQ(detail.status, 200);
  EXPECT_TRUE(Has(detail, "PDI-RE 2026"));
  EXPECT_TRUE(Has(detail, "Atelier mobilité"));
  EXPECT_TRUE(Has(detail, "100\u202f000,00 €"));  // 150 000 budget − 50 000 funded
  EXPECT_EQ(Page(op, "/offre/programmes").status, 403);
}

}  // namespace
}  // namespace pacte::testing
