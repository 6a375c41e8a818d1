// person_parcours, the projection of the current parcours, recomputed from the source tables
// on SQLite and PostgreSQL.

#include <gtest/gtest.h>

#include "app/parcours/parcours_state.hpp"
#include "app/ports/parcours_state_repository.hpp"
#include "support/auth_helpers.hpp"
#include "support/organisation_helpers.hpp"
#include "support/parcours_helpers.hpp"
#include "support/test_database.hpp"

namespace pacte::testing {
namespace {

class ParcoursStateTest : public ::testing::Test {
 protected:
  TestDatabase db;
  app::ManualClock clock{*ParseIsoTimestamp("2026-06-01T09:00:00Z")};

  app::ParcoursState StateOf(std::int64_t person_id) {
    std::optional<app::ParcoursState> out;
    db.store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      out = uow.ParcoursStates().Find(person_id);
      return true;
    });
    if (!out) throw std::runtime_error("no person_parcours row");
    return *out;
  }
  void Refresh(std::int64_t person_id) {
    db.store().Transact(app::TxMode::kWrite, [&](app::UnitOfWork& uow) {
      app::RefreshParcoursState(uow, person_id, clock.Now());
      return true;
    });
  }
};

TEST_F(ParcoursStateTest, NewPersonHasTerritoryAndDdSinceButNoParcours) {
  const auto org = CreateTestStructure(db.store(), clock);
  const auto id = CreateTestPerson(db.store(), clock, {.dd_since = "2025-02-01"});
  const auto s = StateOf(id);
  EXPECT_EQ(s.territory_id, org.territory_id);
  EXPECT_EQ(s.commune_code, "92050");
  EXPECT_EQ(s.dd_since, ParseIsoDate("2025-02-01"));
  EXPECT_FALSE(s.orientation_id);
  EXPECT_FALSE(s.referent_agent_id);
}

TEST_F(ParcoursStateTest, CurrentOrientationIsTheTipOfTheChain) {
  const auto org = CreateTestStructure(db.store(), clock);
  const auto other = CreateTestStructure(db.store(), clock, "Autre structure");
  const auto id = CreateTestPerson(db.store(), clock, {.dd_since = "2025-02-01"});
  OrientForTest(db.store(), clock, id, org.structure_id, "social", "2025-03-01");
  const auto second =
      OrientForTest(db.store(), clock, id, other.structure_id, "professionnel", "2025-09-01");
  const auto s = StateOf(id);
  EXPECT_EQ(s.orientation_id, second);
  EXPECT_EQ(s.structure_id, other.structure_id);
  EXPECT_EQ(s.parcours, "professionnel");
  EXPECT_EQ(s.oriented_on, ParseIsoDate("2025-09-01"));
  EXPECT_EQ(s.last_contact_on, ParseIsoDate("2025-09-01"));
}

TEST_F(ParcoursStateTest, ReferentIsTheActiveAssignmentOnly) {
  const auto org = CreateTestStructure(db.store(), clock);
  const auto id = CreateTestPerson(db.store(), clock);
  const app::Settings settings;
  const auto a = CreateAgent(db.store(), clock, settings, "a@cd92.fr", {Role::kReferent});
  const auto b = CreateAgent(db.store(), clock, settings, "b@cd92.fr", {Role::kReferent});
  AssignReferentForTest(db.store(), clock, id, a, org.structure_id, "2025-03-10");
  AssignReferentForTest(db.store(), clock, id, b, org.structure_id, "2025-06-10");
  const auto s = StateOf(id);
  EXPECT_EQ(s.referent_agent_id, b);
  EXPECT_EQ(s.referent_structure_id, org.structure_id);
  EXPECT_EQ(s.referent_since, ParseIsoDate("2025-06-10"));
}

TEST_F(ParcoursStateTest, ExitHoldsUntilANewDdPeriodReopensTheParcours) {
  CreateTestStructure(db.store(), clock);
  const auto id = CreateTestPerson(db.store(), clock, {.dd_since = "2024-01-01"});
  ExecuteForTest(db.store(),
                 "INSERT INTO exits (person_id, exited_on, reason, created_at, updated_at) "
                 "VALUES ($1, '2025-05-01', 'emploi_durable', 'x', 'x')",
                 {std::to_string(id)});
  Refresh(id);
  EXPECT_EQ(StateOf(id).exited_on, ParseIsoDate("2025-05-01"));
  EXPECT_EQ(StateOf(id).exit_reason, "emploi_durable");
  // The right closed, then a new right opened after the exit.
  ExecuteForTest(db.store(),
                 "UPDATE rights_history SET valid_to = '2025-06-01' WHERE person_id = $1",
                 {std::to_string(id)});
  ExecuteForTest(db.store(),
                 "INSERT INTO rights_history (household_id, person_id, valid_from, valid_to, "
                 "etatdosrsa, dd_flag, source, recorded_at) SELECT household_id, person_id, "
                 "'2025-06-01', '2026-01-01', '6', '0', 'manual', 'x' FROM rights_history "
                 "WHERE person_id = $1",
                 {std::to_string(id)});
  ExecuteForTest(db.store(),
                 "INSERT INTO rights_history (household_id, person_id, valid_from, etatdosrsa, "
                 "dd_flag, source, recorded_at) SELECT household_id, id, '2026-01-01', '2', "
                 "'1', 'manual', 'x' FROM persons WHERE id = $1",
                 {std::to_string(id)});
  Refresh(id);
  const auto s = StateOf(id);
  EXPECT_EQ(s.dd_since, ParseIsoDate("2026-01-01"));
  EXPECT_FALSE(s.exited_on);
}

TEST_F(ParcoursStateTest, TheNightlyRefreshMovesTheNextAppointmentOnWithTime) {
  CreateTestStructure(db.store(), clock);
  const auto id = CreateTestPerson(db.store(), clock, {.dd_since = "2025-02-01"});
  const auto other =
      CreateTestPerson(db.store(), clock, {.last_name = "Durand", .dd_since = std::nullopt});
  ExecuteForTest(db.store(),
                 "INSERT INTO appointments (person_id, starts_at, mode, motive_code, status, "
                 "created_at, updated_at) VALUES ($1, '2026-06-01T14:00:00Z', 'sur_place', "
                 "'suivi', 'a_venir', 'x', 'x')",
                 {std::to_string(id)});
  Refresh(id);
  EXPECT_EQ(StateOf(id).next_appointment_at, ParseIsoTimestamp("2026-06-01T14:00:00Z"));
  clock.Advance(std::chrono::hours{24});
  EXPECT_EQ(app::RefreshAllParcoursStates(db.store(), clock, 1), 2);
  EXPECT_FALSE(StateOf(id).next_appointment_at);
  EXPECT_EQ(StateOf(other).person_id, other);
}

}  // namespace
}  // namespace pacte::testing
