// The statistics' view of the population as known at a date (StatsFactsRepository).

#include <gtest/gtest.h>

#include "app/ports/stats_facts_repository.hpp"
#include "app/ports/unit_of_work.hpp"
#include "support/organisation_helpers.hpp"
#include "support/parcours_helpers.hpp"
#include "support/test_database.hpp"

namespace pacte::testing {
namespace {

Date Day(const char* iso) { return *ParseIsoDate(iso); }

class StatsFactsDbTest : public ::testing::Test {
 protected:
  void SetUp() override {
    org = CreateTestStructure(db.store(), clock, "Service social de test");
    TestPersonSpec a;
    a.last_name = "Durand";
    a.dd_since = "2024-01-01";
    person = CreateTestPerson(db.store(), clock, a);
    TestPersonSpec b;
    b.last_name = "Sansdroit";
    without_rights = CreateTestPerson(db.store(), clock, b);
    const std::string id = std::to_string(person);
    // What the CAF told, and when it was recorded.
    ExecuteForTest(db.store(),
                   "UPDATE rights_history SET recorded_at = '2024-01-05T00:00:00Z', "
                   "family_situation = 'seul_avec_enfants' WHERE person_id = $1",
                   {id});
    ExecuteForTest(db.store(),
                   "INSERT INTO rights_history (household_id, person_id, valid_from, etatdosrsa, "
                   "dd_flag, source, recorded_at, superseded_at) SELECT household_id, id, "
                   "'2025-06-01', '3', '1', 'caf', '2025-06-02T00:00:00Z', "
                   "'2025-07-01T00:00:00Z' FROM persons WHERE id = $1",
                   {id});
    ExecuteForTest(db.store(),
                   "INSERT INTO rights_history (household_id, person_id, valid_from, etatdosrsa, "
                   "dd_flag, source, recorded_at) SELECT household_id, id, "
                   "'2026-03-01', '6', '1', 'caf', '2026-03-05T00:00:00Z' FROM persons "
                   "WHERE id = $1",
                   {id});
    OrientForTest(db.store(), clock, person, org.structure_id, "social", "2024-02-10");
    OrientForTest(db.store(), clock, person, org.structure_id, "professionnel", "2025-05-01");
    ExecuteForTest(db.store(),
                   "UPDATE orientations SET created_at = decided_on || 'T10:00:00Z' "
                   "WHERE person_id = $1",
                   {id});
    ExecuteForTest(db.store(),
                   "INSERT INTO contracts (person_id, type, status, signed_on, starts_on, "
                   "ends_on, created_at, updated_at) VALUES ($1, 'cer_social', 'signe', "
                   "'2024-03-01', '2024-03-01', '2024-08-31', '2024-03-01T10:00:00Z', "
                   "'2024-03-01T10:00:00Z')",
                   {id});
    ExecuteForTest(db.store(),
                   "INSERT INTO contract_actions (contract_id, position, label, action_type) "
                   "SELECT id, 1, 'Recherche d''emploi', 2 FROM contracts WHERE person_id = $1",
                   {id});
    ExecuteForTest(db.store(),
                   "INSERT INTO contract_actions (contract_id, position, label, action_type) "
                   "SELECT id, 2, 'Permis de conduire', 8 FROM contracts WHERE person_id = $1",
                   {id});
    ExecuteForTest(db.store(),
                   "INSERT INTO diagnostics (person_id, made_on, qualification_level, "
                   "created_at, updated_at) VALUES ($1, '2024-02-20', 'cap_bep', "
                   "'2024-02-20T10:00:00Z', '2024-02-20T10:00:00Z')",
                   {id});
    ExecuteForTest(db.store(),
                   "INSERT INTO exits (person_id, exited_on, reason, created_at, updated_at) "
                   "VALUES ($1, '2026-03-01', 'fin_de_droit', '2026-03-02T10:00:00Z', "
                   "'2026-03-02T10:00:00Z')",
                   {id});
  }

  std::vector<stats::PersonFacts> Facts(Date as_of, std::optional<std::int64_t> territory = {},
                                        std::size_t chunk = 5000) {
    app::FactsQuery q;
    q.as_of = as_of;
    q.known_at = app::EndOfDay(as_of);
    q.territory_id = territory;
    q.chunk = chunk;
    std::vector<stats::PersonFacts> out;
    db.store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      uow.StatsFacts().ForEachPerson(q, [&](const stats::PersonFacts& p) { out.push_back(p); });
      return true;
    });
    return out;
  }

  TestDatabase db;
  app::ManualClock clock{*ParseIsoTimestamp("2026-11-27T09:00:00Z")};
  TestOrganisation org;
  std::int64_t person = 0;
  std::int64_t without_rights = 0;
};

TEST_F(StatsFactsDbTest, ReadsEverythingKnownAtTheDate) {
  auto facts = Facts(Day("2025-06-15"));
  ASSERT_EQ(facts.size(), 1u);  // the person without any CAF data is no beneficiary
  const auto& p = facts[0];
  EXPECT_EQ(p.person_id, person);
  EXPECT_EQ(p.birth_date, Day("1985-04-12"));
  EXPECT_EQ(p.commune_code, "92050");
  EXPECT_EQ(p.territory_id, org.territory_id);
  ASSERT_EQ(p.rights.size(), 2u);  // the suspension was still believed on 15/06/2025
  EXPECT_EQ(p.rights[0].valid_to, Day("2025-06-01"));
  EXPECT_EQ(p.rights[1].state.etatdosrsa, "3");
  EXPECT_EQ(p.family[0], stats::FamilySituation::kSeulAvecEnfants);
  EXPECT_FALSE(p.family[1].has_value());
  ASSERT_EQ(p.orientations.size(), 2u);
  EXPECT_TRUE(p.orientations[0].is_first);
  EXPECT_TRUE(p.orientations[1].is_reorientation);
  EXPECT_EQ(p.orientations[1].parcours, "professionnel");
  EXPECT_FALSE(p.orientations[1].drees_category.empty());
  ASSERT_EQ(p.contracts.size(), 1u);
  EXPECT_EQ(p.contracts[0].action_types, (std::vector<int>{2, 8}));
  EXPECT_EQ(p.qualification_level, "cap_bep");
  EXPECT_TRUE(p.exits.empty());
  EXPECT_FALSE(stats::InDdPopulation(p, Day("2025-06-15")));
}

TEST_F(StatsFactsDbTest, ACorrectionRecordedLaterChangesOnlyLaterFigures) {
  // The suspension was superseded on 01/07/2025: at the end of 2025 the person was in D&D.
  auto end_2025 = Facts(Day("2025-12-31"));
  ASSERT_EQ(end_2025.size(), 1u);
  ASSERT_EQ(end_2025[0].rights.size(), 1u);
  EXPECT_FALSE(end_2025[0].rights[0].valid_to.has_value());
  EXPECT_TRUE(stats::InDdPopulation(end_2025[0], Day("2025-12-31")));

  auto today = Facts(Day("2026-11-27"));
  ASSERT_EQ(today.size(), 1u);
  ASSERT_EQ(today[0].rights.size(), 2u);
  EXPECT_EQ(today[0].rights[1].state.etatdosrsa, "6");
  ASSERT_EQ(today[0].exits.size(), 1u);
  EXPECT_EQ(today[0].exits[0].reason, "fin_de_droit");

  // Before anything was recorded, nobody.
  EXPECT_TRUE(Facts(Day("2023-12-31")).empty());
  // Events dated after as_of are left out even when recorded: the re-orientation of May 2025.
  auto early_2025 = Facts(Day("2025-01-31"));
  ASSERT_EQ(early_2025.size(), 1u);
  EXPECT_EQ(early_2025[0].orientations.size(), 1u);
}

TEST_F(StatsFactsDbTest, FiltersByTerritoryAndReadsInChunks) {
  EXPECT_EQ(Facts(Day("2026-11-27"), org.territory_id).size(), 1u);
  EXPECT_TRUE(Facts(Day("2026-11-27"), org.territory_id + 1000).empty());
  TestPersonSpec c;
  c.last_name = "Petit";
  c.dd_since = "2026-01-01";
  const std::int64_t second = CreateTestPerson(db.store(), clock, c);
  auto facts = Facts(Day("2026-11-27"), std::nullopt, 1);
  ASSERT_EQ(facts.size(), 2u);
  EXPECT_EQ(facts[0].person_id, person);
  EXPECT_EQ(facts[1].person_id, second);
  EXPECT_NE(facts[1].person_id, without_rights);
}

}  // namespace
}  // namespace pacte::testing
