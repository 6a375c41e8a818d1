#pragma once
// Shared world of the orientation and référent scenarios: a territory with two organismes
// référents and an operator-only structure, agents of each role, and persons in D&D.

#include <gtest/gtest.h>

#include <string>

#include "app/organisations/structures.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/orientation_repository.hpp"
#include "app/ports/parcours_state_repository.hpp"
#include "app/ports/referent_repository.hpp"
#include "support/auth_helpers.hpp"
#include "support/organisation_helpers.hpp"
#include "support/parcours_helpers.hpp"
#include "support/test_database.hpp"

namespace pacte::testing {

class OrientationScenario : public ::testing::Test {
 protected:
  TestDatabase db;
  app::ManualClock clock{*ParseIsoTimestamp("2025-06-02T09:00:00Z")};
  app::Settings settings;
  TestOrganisation ccas, ft;
  std::int64_t operator_structure = 0;
  app::Actor charge, referent, other_referent, coordinator;

  void SetUp() override {
    ccas = CreateTestStructure(db.store(), clock, "CCAS de Nanterre");
    ft = CreateTestStructure(db.store(), clock, "France Travail Nanterre");
    operator_structure = OperatorOnlyStructure();
    charge = ActorFor("charge@cd92.fr", Role::kChargeOrientation, std::nullopt, ccas.territory_id);
    referent = ActorFor("ref@cd92.fr", Role::kReferent, ccas.structure_id);
    other_referent = ActorFor("ref2@cd92.fr", Role::kReferent, ccas.structure_id);
    coordinator = ActorFor("coord@cd92.fr", Role::kCoordinateur, std::nullopt);
  }

  app::Actor ActorFor(const std::string& email, Role role, std::optional<std::int64_t> structure,
                      std::optional<std::int64_t> territory = std::nullopt) {
    app::Actor a;
    a.agent_id = CreateAgent(db.store(), clock, settings, email, {role}, structure);
    a.display_name = email;
    a.roles = {role};
    a.structure_id = structure;
    a.territory_id = territory;
    return a;
  }

  std::int64_t OperatorOnlyStructure() {
    StructureDraft d;
    d.institution_id = ccas.institution_id;
    d.name = "Atelier chantier";
    d.commune_code = "92050";
    d.is_action_operator = true;
    d.drees_category = "iae";
    auto s = app::CreateStructure(db.store(), clock, app::Actor::System("test"), d);
    if (!s) throw std::runtime_error(s.error().message);
    return s->id;
  }

  std::int64_t Person(const std::string& dd_since = "2025-03-03") {
    return CreateTestPerson(db.store(), clock, {.dd_since = dd_since});
  }

  app::ParcoursState State(std::int64_t person_id) {
    std::optional<app::ParcoursState> out;
    db.store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      out = uow.ParcoursStates().Find(person_id);
      return true;
    });
    return out.value();
  }

  std::vector<app::OrientationRecord> Orientations(std::int64_t person_id) {
    std::vector<app::OrientationRecord> out;
    db.store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      out = uow.Orientations().History(person_id);
      return true;
    });
    return out;
  }

  std::vector<app::ReferentAssignment> Assignments(std::int64_t person_id) {
    std::vector<app::ReferentAssignment> out;
    db.store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      out = uow.Referents().History(person_id);
      return true;
    });
    return out;
  }

  // Recomputes person_parcours (after raw fixture rows).
  void Refresh(std::int64_t person_id);

  // Rows of a table (raw SQL, for "nothing was written" checks).
  std::int64_t Count(const std::string& table);
};

// The field error message of `e` on `field`, "" when absent.
std::string FieldMessage(const Error& e, const std::string& field);

}  // namespace pacte::testing
