// Pages of the beneficiaries: creation form, fiche, edition, list, Mes bénéficiaires, journal.

#include "http/beneficiaries_http_fixture.hpp"

namespace pacte::testing {
namespace {

using Form = std::vector<std::pair<std::string, std::string>>;

Form ValidForm() {
  return {{"last_name", "Lefèvre"},   {"first_name", "Awa"},    {"birth_date", "1985-04-12"},
          {"sex", "F"},               {"nir", "2850492050123"}, {"commune_code", "92050"},
          {"dd_since", "2025-01-06"}, {"civility", "madame"}};
}

bool Has(const ClientResponse& r, const std::string& text) {
  return r.body.find(text) != std::string::npos;
}

TEST_F(BeneficiariesHttpTest, CreationFormIsAccessibleAndCreates) {
  auto form = Page("/beneficiaires/nouveau");
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(Has(form, "<label for=\"last_name\">"));
  EXPECT_TRUE(Has(form, "name=\"_csrf\""));
  auto created = Post("/beneficiaires/nouveau", ValidForm());
  ASSERT_EQ(created.status, 303) << created.body.substr(0, 500);
  const auto location = created.Header("location");
  EXPECT_EQ(location.rfind("/beneficiaires/", 0), 0u);
  auto fiche = Page(location);
  ASSERT_EQ(fiche.status, 200);
  EXPECT_TRUE(Has(fiche, "<h1>Mme Awa LEFÈVRE</h1>"));  // accented letters upper-cased too
  EXPECT_TRUE(Has(fiche, "2 85 04 92 050 123 34"));
  EXPECT_TRUE(Has(fiche, "aria-current=\"page\""));  // the tabs, "fiche" current
  EXPECT_TRUE(Has(fiche, "06/01/2025"));              // entered D&D
}

TEST_F(BeneficiariesHttpTest, CreationErrorsAreShownNextToTheFields) {
  auto form = ValidForm();
  form[4].second = "285049205012399";  // bad key
  form[2].second = "2030-01-01";
  auto r = Post("/beneficiaires/nouveau", form);
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(Has(r, "id=\"nir-error\""));
  EXPECT_TRUE(Has(r, "id=\"birth_date-error\""));
  EXPECT_TRUE(Has(r, "aria-invalid=\"true\""));
  EXPECT_TRUE(Has(r, "value=\"Lefèvre\""));  // what was typed is kept
  EXPECT_EQ(Count("SELECT COUNT(*) FROM persons"), 0);
  ASSERT_EQ(Post("/beneficiaires/nouveau", ValidForm()).status, 303);
  auto duplicate = Post("/beneficiaires/nouveau", ValidForm());
  EXPECT_EQ(duplicate.status, 409);
  EXPECT_TRUE(Has(duplicate, "id=\"nir-error\""));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM persons"), 1);
}

TEST_F(BeneficiariesHttpTest, FicheMasksTheNirForTheCoordinateurAndRefusesOthers) {
  ASSERT_EQ(Post("/beneficiaires/nouveau", ValidForm()).status, 303);
  const auto id = std::to_string(Count("SELECT MAX(id) FROM persons"));
  auto coord = Page("/beneficiaires/" + id, "coordinateur");
  ASSERT_EQ(coord.status, 200);
  EXPECT_TRUE(Has(coord, "2 85 04 ** *** *** **"));
  EXPECT_FALSE(Has(coord, "050 123 34"));
  EXPECT_EQ(Page("/beneficiaires/" + id, "signataire").status, 404);
  EXPECT_EQ(Page("/beneficiaires/" + id, "operateur").status, 404);
  EXPECT_EQ(Page("/beneficiaires/" + id + "/modifier", "coordinateur").status, 403);
  EXPECT_EQ(Page("/beneficiaires/nouveau", "lecteur_stats").status, 403);
  EXPECT_GE(Count("SELECT COUNT(*) FROM audit_events WHERE action = 'person.read'"), 1);
}

TEST_F(BeneficiariesHttpTest, FicheShowsRightsAsKnownAtADate) {
  const auto id = std::to_string(Person("Martin", "2025-01-06"));
  auto now = Page("/beneficiaires/" + id);
  EXPECT_TRUE(Has(now, "Droit ouvert et versable") || Has(now, "<td>06/01/2025</td>"));
  auto before = Page("/beneficiaires/" + id + "?connu_au=2020-01-01");
  EXPECT_EQ(before.status, 200);
  EXPECT_TRUE(Has(before, "Aucune période de droit connue."));
  EXPECT_EQ(Page("/beneficiaires/" + id + "?connu_au=demain").status, 422);
}

TEST_F(BeneficiariesHttpTest, EditionSavesAndReportsAStaleVersion) {
  ASSERT_EQ(Post("/beneficiaires/nouveau", ValidForm()).status, 303);
  const auto id = std::to_string(Count("SELECT MAX(id) FROM persons"));
  auto edit = Page("/beneficiaires/" + id + "/modifier");
  ASSERT_EQ(edit.status, 200);
  EXPECT_TRUE(Has(edit, "name=\"version\" value=\"2\""));
  auto form = ValidForm();
  form.pop_back();
  form.emplace_back("civility", "madame");
  form.emplace_back("phone", "0612345678");
  form.emplace_back("version", "2");
  auto saved = Post("/beneficiaires/" + id + "/modifier", form);
  EXPECT_EQ(saved.status, 303) << saved.body.substr(0, 300);
  auto stale = Post("/beneficiaires/" + id + "/modifier", form);
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(Has(stale, "role=\"alert\""));
}

TEST_F(BeneficiariesHttpTest, ListSearchesWithATypoAndShowsATable) {
  Person("Lefèvre");
  Person("Martin");
  auto r = Page("/beneficiaires?nom=Lefevbre");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r, "1 bénéficiaire(s) trouvé(s)"));
  EXPECT_TRUE(Has(r, "<th scope=\"col\">Nom</th>"));
  EXPECT_TRUE(Has(r, "<caption>"));
  EXPECT_TRUE(Has(r, "nom approchant"));
  auto bad = Page("/beneficiaires?nir=12");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(Has(bad, "id=\"nir-error\""));
  EXPECT_EQ(Page("/beneficiaires", "signataire").status, 403);
  auto operateur = Page("/beneficiaires", "operateur");
  EXPECT_EQ(operateur.status, 200);
  EXPECT_TRUE(Has(operateur, "0 bénéficiaire(s) trouvé(s)"));
}

TEST_F(BeneficiariesHttpTest, MesBeneficiairesCountsTheReferentsCaseload) {
  const auto id = Person("Martin");
  const auto referent = TestAgentId(Role::kReferent);
  ExecuteForTest(server.db().store(),
                 "INSERT INTO agents (email, first_name, last_name, search_key, password_hash, active, "
                 "created_at, updated_at, id) VALUES ('r@cd92.fr', 'R', 'Ref', 'ref r', 'x', TRUE, 'x', "
                 "'x', $1)",
                 {std::to_string(referent)});
  AssignReferentForTest(server.db().store(), server.clock(), id, referent, org.structure_id,
                        "2025-02-10");
  auto r = Page("/mes-beneficiaires", "referent");
  ASSERT_EQ(r.status, 200) << r.body.substr(0, 300);
  EXPECT_TRUE(Has(r, "Non orientés : 1"));
  EXPECT_TRUE(Has(r, "href=\"/mes-beneficiaires?statut=non_oriente\""));
  // The list below the counts applies the agent's visibility (this test agent has no
  // structure, so it sees no file): the counts are the caseload's.
  EXPECT_TRUE(Has(r, "Suivis en cours : 1"));
  EXPECT_EQ(Page("/mes-beneficiaires", "lecteur_stats").status, 403);
}

TEST_F(BeneficiariesHttpTest, JournalListsEventsWithTheTabs) {
  const auto id = Person("Martin");
  OrientForTest(server.db().store(), server.clock(), id, org.structure_id, "social",
                "2025-02-03");
  auto r = Page("/beneficiaires/" + std::to_string(id) + "/journal");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r, "Orientation : parcours Social"));
  EXPECT_TRUE(Has(r, "2 événement(s)"));
  EXPECT_TRUE(Has(r, "<caption>Journal du parcours"));
  EXPECT_EQ(Page("/beneficiaires/" + std::to_string(id) + "/journal", "signataire").status, 404);
}

}  // namespace
}  // namespace pacte::testing
