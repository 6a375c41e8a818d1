#pragma once
// A person in D&D (since 2025-01-06), oriented to a structure and followed by a référent, with
// colleagues around, for the appointment, note and exit scenarios (SQLite and PostgreSQL).

#include <gtest/gtest.h>

#include <string>

#include "app/config/settings.hpp"
#include "app/parcours/parcours_state.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/parcours_state_repository.hpp"
#include "storage/sql_unit_of_work.hpp"
#include "support/auth_helpers.hpp"
#include "support/organisation_helpers.hpp"
#include "support/parcours_helpers.hpp"
#include "support/test_database.hpp"

namespace pacte::testing {

class ParcoursWorld : public ::testing::Test {
 protected:
  TestDatabase db;
  app::ManualClock clock{*ParseIsoTimestamp("2026-06-01T09:00:00Z")};
  app::Settings settings;
  TestOrganisation org;
  TestOrganisation other;
  std::int64_t person = 0;
  app::Actor referent, colleague, outsider, orienter, coordinator;

  void SetUp() override {
    org = CreateTestStructure(db.store(), clock);
    other = CreateTestStructure(db.store(), clock, "Autre structure");
    referent = Make("ref@cd92.fr", Role::kReferent, org.structure_id);
    colleague = Make("collegue@cd92.fr", Role::kReferent, org.structure_id);
    outsider = Make("ailleurs@cd92.fr", Role::kReferent, other.structure_id);
    orienter = Make("orient@cd92.fr", Role::kChargeOrientation, other.structure_id);
    coordinator = Make("coord@cd92.fr", Role::kCoordinateur, other.structure_id);
    person = CreateTestPerson(db.store(), clock, {.dd_since = "2025-01-06"});
    OrientForTest(db.store(), clock, person, org.structure_id, "social", "2025-02-03");
    AssignReferentForTest(db.store(), clock, person, referent.agent_id, org.structure_id,
                          "2025-02-10");
  }

  app::Actor Make(const std::string& email, Role role, std::int64_t structure_id) {
    app::Actor a;
    a.agent_id = CreateAgent(db.store(), clock, settings, email, {role}, structure_id);
    a.structure_id = structure_id;
    a.roles = {role};
    a.display_name = email;
    return a;
  }

  app::ParcoursState State() {
    std::optional<app::ParcoursState> out;
    db.store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      out = uow.ParcoursStates().Find(person);
      return true;
    });
    return *out;
  }

  std::int64_t Count(const std::string& sql) {
    std::int64_t n = 0;
    db.store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      auto& conn = dynamic_cast<storage::SqlUnitOfWork&>(uow).connection();
      n = conn.Query(sql).rows.at(0).Int(0);
      return true;
    });
    return n;
  }

  std::int64_t Audits(const std::string& action) {
    return Count("SELECT COUNT(*) FROM audit_events WHERE action = '" + action + "'");
  }
};

// The message of `field` in a kInvalid error; "" when absent.
inline std::string FieldMessage(const Error& e, const std::string& field) {
  for (const auto& f : e.fields) {
    if (f.field == field) return f.message;
  }
  return "";
}

}  // namespace pacte::testing
