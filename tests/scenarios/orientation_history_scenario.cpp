// Orientation decisions on SQLite and PostgreSQL: history kept as a chain, re-orientation,
// first orientation of a new D&D period, the référent of another structure closed, bad input
// with nothing written, and who may orient.

#include "app/orientation/orient_person.hpp"
#include "app/orientation/orientation_overview.hpp"
#include "scenarios/orientation_fixture.hpp"

namespace pacte::testing {
namespace {

class OrientationHistory : public OrientationScenario {
 protected:
  app::OrientationInput Input(std::int64_t structure, const std::string& parcours = "social",
                              const std::string& on = "2025-04-01", bool reorientation = false) {
    app::OrientationInput in;
    in.draft.decided_on = on;
    in.draft.parcours = parcours;
    in.draft.structure_id = structure;
    in.draft.reason = "Freins sociaux importants";
    in.as_reorientation = reorientation;
    return in;
  }
  Result<app::OrientationRecord> Orient(std::int64_t person, const app::OrientationInput& in,
                                        const app::Actor* actor = nullptr) {
    return app::OrientPerson(db.store(), clock, actor ? *actor : charge, person, in);
  }
};

TEST_F(OrientationHistory, FirstOrientationIsRecordedWithCriteriaAndRefreshesTheState) {
  auto person = Person();
  auto in = Input(ccas.structure_id);
  in.draft.criteria.employment_situation = "sans_activite";
  in.draft.criteria.qualification = "cap_bep";
  in.draft.criteria.difficulties = {{"logement", "fort"}, {"autre", "moyen"}};
  in.draft.criteria.other_difficulty = "Endettement";
  auto o = Orient(person, in);
  ASSERT_TRUE(o) << o.error().message;
  EXPECT_FALSE(o->is_reorientation);
  EXPECT_FALSE(o->orientation.previous_orientation_id);
  EXPECT_EQ(o->orientation.decided_by, OrientationDecisionMaker::kPcd);
  EXPECT_EQ(o->orientation.criteria.employment_situation, EmploymentSituation::kSansActivite);
  ASSERT_EQ(o->orientation.criteria.difficulties.size(), 2u);
  EXPECT_EQ(o->orientation.criteria.difficulties[0].impact, BarrierImpact::kFort);
  EXPECT_EQ(o->orientation.criteria.other_difficulty, "Endettement");
  EXPECT_EQ(o->structure_name, "CCAS de Nanterre");
  auto s = State(person);
  EXPECT_EQ(s.orientation_id, o->orientation.id);
  EXPECT_EQ(s.parcours, "social");
  EXPECT_EQ(s.structure_id, ccas.structure_id);
}

TEST_F(OrientationHistory, ReorientationIsANewRecordChainedToThePreviousOne) {
  auto person = Person();
  auto first = Orient(person, Input(ccas.structure_id));
  ASSERT_TRUE(first);
  auto second = Orient(person, Input(ft.structure_id, "professionnel", "2025-05-15", true));
  ASSERT_TRUE(second) << second.error().message;
  EXPECT_TRUE(second->is_reorientation);
  EXPECT_EQ(second->orientation.previous_orientation_id, first->orientation.id);
  auto history = Orientations(person);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].orientation.id, second->orientation.id);
  EXPECT_EQ(history[1].orientation.parcours, Parcours::kSocial);  // never edited
  EXPECT_EQ(State(person).structure_id, ft.structure_id);
}

TEST_F(OrientationHistory, ASecondFirstOrientationIsRefusedAndNothingIsWritten) {
  auto person = Person();
  ASSERT_TRUE(Orient(person, Input(ccas.structure_id)));
  auto again = Orient(person, Input(ft.structure_id, "professionnel", "2025-05-01"));
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(again.error().code, "orientation.already_active");
  EXPECT_EQ(Orientations(person).size(), 1u);
}

TEST_F(OrientationHistory, AReorientationNeedsACurrentOrientation) {
  auto person = Person();
  auto r = Orient(person, Input(ccas.structure_id, "social", "2025-04-01", true));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "orientation.nothing_to_reorient");
  EXPECT_EQ(Count("orientations"), 0);
}

TEST_F(OrientationHistory, AfterANewDdPeriodTheNextOrientationIsAFirstOneInTheChain) {
  auto person = Person("2024-01-08");
  auto old = Orient(person, Input(ccas.structure_id, "social", "2024-02-01"));
  ASSERT_TRUE(old);
  // Exit, then a new right opens a new D&D period after the old orientation.
  ExecuteForTest(db.store(),
                 "INSERT INTO exits (person_id, exited_on, reason, created_at, updated_at) "
                 "VALUES ($1, '2024-06-30', 'emploi_durable', 'x', 'x')",
                 {std::to_string(person)});
  ExecuteForTest(db.store(),
                 "INSERT INTO rights_history (household_id, person_id, valid_from, etatdosrsa, "
                 "dd_flag, source, recorded_at) SELECT household_id, id, '2024-07-01', '6', '0', "
                 "'manual', 'x' FROM persons WHERE id = $1",
                 {std::to_string(person)});
  ExecuteForTest(db.store(),
                 "INSERT INTO rights_history (household_id, person_id, valid_from, etatdosrsa, "
                 "dd_flag, source, recorded_at) SELECT household_id, id, '2025-03-01', '2', '1', "
                 "'manual', 'x' FROM persons WHERE id = $1",
                 {std::to_string(person)});
  // The rights use case would refresh the state; the raw rows need it done here.
  Refresh(person);
  ASSERT_FALSE(State(person).exited_on);
  auto reorient = Orient(person, Input(ft.structure_id, "professionnel", "2025-04-01", true));
  ASSERT_FALSE(reorient);
  EXPECT_EQ(reorient.error().code, "orientation.nothing_to_reorient");
  auto primo = Orient(person, Input(ft.structure_id, "professionnel", "2025-04-01"));
  ASSERT_TRUE(primo) << primo.error().message;
  EXPECT_FALSE(primo->is_reorientation);
  EXPECT_EQ(primo->orientation.previous_orientation_id, old->orientation.id);
}

TEST_F(OrientationHistory, AnExitedPersonCannotBeOrientedUntilANewRight) {
  auto person = Person("2024-01-08");
  ASSERT_TRUE(Orient(person, Input(ccas.structure_id, "social", "2024-02-01")));
  ExecuteForTest(db.store(),
                 "INSERT INTO exits (person_id, exited_on, reason, created_at, updated_at) "
                 "VALUES ($1, '2024-06-30', 'emploi_durable', 'x', 'x')",
                 {std::to_string(person)});
  Refresh(person);
  auto r = Orient(person, Input(ft.structure_id, "professionnel", "2025-04-01", true));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "orientation.exited");
  EXPECT_EQ(Orientations(person).size(), 1u);
}

TEST_F(OrientationHistory, ReorientationToAnotherStructureClosesTheReferentAssignment) {
  auto person = Person();
  ASSERT_TRUE(Orient(person, Input(ccas.structure_id)));
  AssignReferentForTest(db.store(), clock, person, referent.agent_id, ccas.structure_id,
                        "2025-04-10");
  auto r = Orient(person, Input(ft.structure_id, "professionnel", "2025-05-20", true));
  ASSERT_TRUE(r) << r.error().message;
  auto assignments = Assignments(person);
  ASSERT_EQ(assignments.size(), 1u);
  EXPECT_EQ(assignments[0].valid_to, ParseIsoDate("2025-05-20"));
  EXPECT_EQ(assignments[0].end_reason, "reorientation");
  EXPECT_FALSE(State(person).referent_agent_id);
}

TEST_F(OrientationHistory, ReorientationWithinTheSameStructureKeepsTheReferent) {
  auto person = Person();
  ASSERT_TRUE(Orient(person, Input(ccas.structure_id)));
  AssignReferentForTest(db.store(), clock, person, referent.agent_id, ccas.structure_id,
                        "2025-04-10");
  ASSERT_TRUE(Orient(person, Input(ccas.structure_id, "socio_professionnel", "2025-05-20", true)));
  EXPECT_EQ(State(person).referent_agent_id, referent.agent_id);
}

TEST_F(OrientationHistory, UnknownOrNonReferentStructureIsAFieldErrorAndNothingIsWritten) {
  auto person = Person();
  for (std::int64_t structure : {std::int64_t{999999}, operator_structure}) {
    auto r = Orient(person, Input(structure));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::kInvalid);
    EXPECT_EQ(FieldMessage(r.error(), "structure_id").rfind("Structure inconnue", 0), 0u)
        << FieldMessage(r.error(), "structure_id");
  }
  EXPECT_EQ(Count("orientations"), 0);
}

TEST_F(OrientationHistory, BadFieldsAreReportedInFrench) {
  auto person = Person();
  auto in = Input(ccas.structure_id, "inconnu", "2025-07-01");  // future, clock 2025-06-02
  in.draft.criteria.difficulties = {{"logement", "enorme"}};
  auto r = Orient(person, in);
  ASSERT_FALSE(r);
  EXPECT_NE(FieldMessage(r.error(), "decided_on"), "");
  EXPECT_NE(FieldMessage(r.error(), "parcours"), "");
  EXPECT_NE(FieldMessage(r.error(), "criteria.difficulties[0].impact"), "");
  EXPECT_EQ(Count("orientations"), 0);
}

TEST_F(OrientationHistory, AReorientationCannotPredateTheCurrentOne) {
  auto person = Person();
  ASSERT_TRUE(Orient(person, Input(ccas.structure_id, "social", "2025-04-01")));
  auto r = Orient(person, Input(ft.structure_id, "professionnel", "2025-03-15", true));
  ASSERT_FALSE(r);
  EXPECT_NE(FieldMessage(r.error(), "decided_on"), "");
}

TEST_F(OrientationHistory, OnlyOrientationOfficersInTheirTerritoryOrient) {
  auto person = Person();
  OrientForTest(db.store(), clock, person, ccas.structure_id, "social", "2025-03-10");
  auto in = Input(ft.structure_id, "professionnel", "2025-04-01", true);
  auto by_referent = Orient(person, in, &referent);
  ASSERT_FALSE(by_referent);
  EXPECT_EQ(by_referent.error().kind, ErrorKind::kForbidden);
  app::Actor elsewhere = charge;
  elsewhere.territory_id = ccas.territory_id + 1000;
  auto outside = Orient(person, in, &elsewhere);
  ASSERT_FALSE(outside);
  EXPECT_EQ(outside.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(Orientations(person).size(), 1u);
}

TEST_F(OrientationHistory, OverviewShowsHistoryReferentAndAllowedForms) {
  auto person = Person();
  ASSERT_TRUE(Orient(person, Input(ccas.structure_id)));
  AssignReferentForTest(db.store(), clock, person, referent.agent_id, ccas.structure_id,
                        "2025-04-10");
  auto seen = app::GetOrientationOverview(db.store(), clock, referent, person);
  ASSERT_TRUE(seen) << seen.error().message;
  EXPECT_EQ(seen->history.size(), 1u);
  EXPECT_TRUE(seen->next_is_reorientation);
  ASSERT_TRUE(seen->referent);
  EXPECT_EQ(seen->referent->agent_id, referent.agent_id);
  EXPECT_FALSE(seen->can_orient);
  EXPECT_TRUE(seen->can_request_reorientation);
  EXPECT_TRUE(seen->can_assign_referent);
  auto by_charge = app::GetOrientationOverview(db.store(), clock, charge, person);
  ASSERT_TRUE(by_charge);
  EXPECT_TRUE(by_charge->can_orient);
  auto by_coord = app::GetOrientationOverview(db.store(), clock, coordinator, person);
  ASSERT_TRUE(by_coord);
  EXPECT_FALSE(by_coord->can_orient);
  EXPECT_FALSE(by_coord->can_request_reorientation);
  EXPECT_TRUE(by_coord->can_assign_referent);
}

}  // namespace
}  // namespace pacte::testing
