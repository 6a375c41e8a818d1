// "Trouver une action" (CriteriaForPerson) and MayPrescribeFor on SQLite and PostgreSQL.

#include "storage/catalogue_search_fixture.hpp"

namespace pacte::testing {
namespace {

class FindActionForPersonTest : public CatalogueSearchWorld {
 protected:
  void Diagnostic(const std::string& made_on,
                  const std::vector<std::pair<std::string, std::string>>& items) {
    Sql("INSERT INTO diagnostics (person_id, made_on, created_at, updated_at) VALUES ($1, $2, "
        "'x', 'x')",
        {std::to_string(person), made_on});
    for (const auto& [theme, impact] : items) {
      Sql("INSERT INTO diagnostic_items (diagnostic_id, theme, impact) SELECT MAX(id), $1, $2 "
          "FROM diagnostics",
          {theme, impact});
    }
  }
};

TEST_F(FindActionForPersonTest, TakesStrongAndMediumBarriersOfTheLatestDiagnosticAndCommune) {
  Diagnostic("2025-03-01", {{"logement", "fort"}});
  Diagnostic("2026-02-01", {{"mobilite", "fort"}, {"numerique", "moyen"},
                            {"emploi", "sans_impact"}, {"sante", "fort"}});
  auto c = app::CriteriaForPerson(db.store(), clock, referent, person);
  ASSERT_TRUE(c) << c.error().message;
  // The référent's structure follows the person: health is visible to it.
  EXPECT_EQ(c->barriers, (std::vector<std::string>{"mobilite", "numerique", "sante"}));
  EXPECT_EQ(c->commune, "92050");
  EXPECT_EQ(Audits("offer.search_for_person"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_events WHERE action = 'offer.search_for_person' "
                  "AND details NOT LIKE '%mobilite%' AND object_id = '" +
                  std::to_string(person) + "'"),
            1);
}

TEST_F(FindActionForPersonTest, WithoutDiagnosticOnlyTheCommune) {
  auto c = app::CriteriaForPerson(db.store(), clock, referent, person);
  ASSERT_TRUE(c);
  EXPECT_TRUE(c->barriers.empty());
  EXPECT_EQ(c->commune, "92050");
}

TEST_F(FindActionForPersonTest, OnlyThoseWhoMayPrescribeToThePerson) {
  auto hidden = app::CriteriaForPerson(db.store(), clock, outsider, person);
  ASSERT_FALSE(hidden);
  EXPECT_EQ(hidden.error().kind, ErrorKind::kNotFound);
  auto coord = app::CriteriaForPerson(db.store(), clock, coordinator, person);
  ASSERT_FALSE(coord);
  EXPECT_EQ(coord.error().kind, ErrorKind::kForbidden);
  EXPECT_EQ(Audits("offer.search_for_person"), 0);
  EXPECT_TRUE(app::MayPrescribeFor(db.store(), referent, person));
  EXPECT_FALSE(app::MayPrescribeFor(db.store(), outsider, person));
  EXPECT_FALSE(app::MayPrescribeFor(db.store(), coordinator, person));
  auto missing = app::CriteriaForPerson(db.store(), clock, referent, person + 1000);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().kind, ErrorKind::kNotFound);
}

}  // namespace
}  // namespace pacte::testing
