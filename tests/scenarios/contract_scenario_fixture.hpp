#pragma once
// A person followed by a référent of a structure, for the contract scenarios (run on SQLite
// and PostgreSQL). The clock reads 2026-06-01.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "app/contracts/contracts.hpp"
#include "app/ports/parcours_state_repository.hpp"
#include "support/auth_helpers.hpp"
#include "support/organisation_helpers.hpp"
#include "support/parcours_helpers.hpp"
#include "support/recording_store.hpp"
#include "support/test_database.hpp"
#include "support/test_server.hpp"

namespace pacte::testing {

class ContractScenario : public ::testing::Test {
 protected:
  TestDatabase db;
  RecordingStore store{db.store()};
  app::ManualClock clock{*ParseIsoTimestamp("2026-06-01T09:00:00Z")};
  app::Settings settings = TestSettings();
  TestOrganisation org = CreateTestStructure(db.store(), clock);
  std::int64_t referent_id = CreateAgent(db.store(), clock, settings, "ref@cd92.fr",
                                         {Role::kReferent}, org.structure_id);
  std::int64_t person_id = FollowedPerson();
  app::Actor referent = ActorOf(referent_id, Role::kReferent, org.structure_id);

  std::int64_t FollowedPerson() {
    auto id = CreateTestPerson(db.store(), clock, {.dd_since = "2025-01-06"});
    OrientForTest(db.store(), clock, id, org.structure_id, "social", "2025-02-03");
    AssignReferentForTest(db.store(), clock, id, referent_id, org.structure_id, "2025-02-10");
    return id;
  }

  static app::Actor ActorOf(std::int64_t id, Role role, std::optional<std::int64_t> structure) {
    app::Actor a;
    a.agent_id = id;
    a.display_name = "Agent";
    a.structure_id = structure;
    a.roles = {role};
    return a;
  }

  // A valid contrat d'engagement draft: 6 months from 2026-03-01, 15 h, one action.
  static app::ContractInput Engagement(const std::string& starts = "2026-03-01",
                                       const std::string& ends = "2026-08-31") {
    app::ContractInput in;
    in.type = "contrat_engagement";
    in.starts_on = starts;
    in.ends_on = ends;
    in.weekly_hours = 15;
    in.objectives = "Retrouver un emploi dans la logistique.";
    in.actions = {{"Atelier CV", 2, std::nullopt}};
    return in;
  }

  static app::ContractInput Signed(app::ContractInput in, const std::string& signed_on) {
    in.signed_on = signed_on;
    in.status = "signe";
    return in;
  }

  app::StoredContract Create(const app::ContractInput& in) {
    auto c = app::CreateContract(store, clock, referent, person_id, in);
    if (!c) throw std::runtime_error(c.error().message);
    return *c;
  }

  std::vector<app::StoredContract> ContractsOfPerson() {
    std::vector<app::StoredContract> out;
    db.store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      out = uow.Contracts().ListForPerson(person_id);
      return true;
    });
    return out;
  }

  app::StoredContract Stored(std::int64_t id) {
    std::optional<app::StoredContract> out;
    db.store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      out = uow.Contracts().Find(id);
      return true;
    });
    if (!out) throw std::runtime_error("no contract");
    return *out;
  }

  app::ParcoursState Projection() {
    std::optional<app::ParcoursState> out;
    db.store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      out = uow.ParcoursStates().Find(person_id);
      return true;
    });
    if (!out) throw std::runtime_error("no person_parcours row");
    return *out;
  }

  int CountActions(const std::string& action) const {
    auto all = store.Actions();
    return static_cast<int>(std::count(all.begin(), all.end(), action));
  }
};

// The French message of `field` in a kInvalid error ("" when the field is not at fault).
inline std::string FieldMessage(const Error& e, const std::string& field) {
  for (const auto& f : e.fields) {
    if (f.field == field) return f.message;
  }
  return "";
}

}  // namespace pacte::testing
