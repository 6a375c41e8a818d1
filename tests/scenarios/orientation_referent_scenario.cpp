// Référent unique on SQLite and PostgreSQL: assignment, reassignment closing the previous one,
// never two active, bad agents and dates, caseloads and the atomic transfer of a caseload.

#include "app/referents/assign_referent.hpp"
#include "app/referents/caseloads.hpp"
#include "scenarios/orientation_fixture.hpp"

namespace pacte::testing {
namespace {

class ReferentScenario : public OrientationScenario {
 protected:
  Result<app::ReferentAssignment> Assign(std::int64_t person, std::int64_t agent,
                                         const std::string& since,
                                         const app::Actor* actor = nullptr) {
    app::ReferentInput in;
    in.agent_id = agent;
    in.since = since;
    return app::AssignReferent(db.store(), clock, actor ? *actor : charge, person, in);
  }
  std::int64_t OrientedPerson() {
    auto p = Person();
    OrientForTest(db.store(), clock, p, ccas.structure_id, "social", "2025-03-10");
    return p;
  }
};

TEST_F(ReferentScenario, AssignmentTakesTheAgentsStructureAndRefreshesTheState) {
  auto person = OrientedPerson();
  auto a = Assign(person, referent.agent_id, "2025-04-01");
  ASSERT_TRUE(a) << a.error().message;
  EXPECT_EQ(a->structure_id, ccas.structure_id);
  EXPECT_FALSE(a->valid_to);
  auto s = State(person);
  EXPECT_EQ(s.referent_agent_id, referent.agent_id);
  EXPECT_EQ(s.referent_since, ParseIsoDate("2025-04-01"));
}

TEST_F(ReferentScenario, ReassignmentClosesThePreviousOneOnTheNewStartDate) {
  auto person = OrientedPerson();
  ASSERT_TRUE(Assign(person, referent.agent_id, "2025-04-01"));
  auto b = Assign(person, other_referent.agent_id, "2025-05-12");
  ASSERT_TRUE(b) << b.error().message;
  auto history = Assignments(person);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].agent_id, other_referent.agent_id);
  EXPECT_FALSE(history[0].valid_to);
  EXPECT_EQ(history[1].valid_to, ParseIsoDate("2025-05-12"));
  EXPECT_EQ(history[1].end_reason, "changement_referent");
  EXPECT_EQ(State(person).referent_agent_id, other_referent.agent_id);
}

TEST_F(ReferentScenario, NeverTwoActiveAssignments) {
  auto person = OrientedPerson();
  ASSERT_TRUE(Assign(person, referent.agent_id, "2025-04-01"));
  // A concurrent writer that did not see the active assignment hits the unique index.
  Result<std::int64_t> raced = 0;
  db.store().Transact(app::TxMode::kWrite, [&](app::UnitOfWork& uow) {
    raced = uow.Referents().Open({person, other_referent.agent_id, ccas.structure_id,
                                  *ParseIsoDate("2025-05-01"), std::nullopt},
                                 clock.Now());
    return false;
  });
  ASSERT_FALSE(raced);
  EXPECT_EQ(raced.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(raced.error().code, "referent.concurrent");
  EXPECT_EQ(Assignments(person).size(), 1u);
}

TEST_F(ReferentScenario, ReassigningTheSameAgentIsAConflict) {
  auto person = OrientedPerson();
  ASSERT_TRUE(Assign(person, referent.agent_id, "2025-04-01"));
  auto again = Assign(person, referent.agent_id, "2025-05-01");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, "referent.already_assigned");
  EXPECT_EQ(Assignments(person).size(), 1u);
}

TEST_F(ReferentScenario, BadAgentsAndDatesAreFieldErrorsAndNothingIsWritten) {
  auto person = OrientedPerson();
  ASSERT_TRUE(Assign(person, referent.agent_id, "2025-04-01"));
  auto unknown = Assign(person, 999999, "2025-05-01");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(FieldMessage(unknown.error(), "agent_id").rfind("Agent inconnu", 0), 0u);
  auto not_referent = Assign(person, coordinator.agent_id, "2025-05-01");
  ASSERT_FALSE(not_referent);
  EXPECT_EQ(FieldMessage(not_referent.error(), "agent_id"),
            "Cet agent n'a pas le rôle de référent.");
  auto before = Assign(person, other_referent.agent_id, "2025-03-31");
  ASSERT_FALSE(before);
  EXPECT_NE(FieldMessage(before.error(), "since").find("ne peut pas précéder"),
            std::string::npos);
  auto future = Assign(person, other_referent.agent_id, "2025-07-01");
  ASSERT_FALSE(future);
  EXPECT_NE(FieldMessage(future.error(), "since"), "");
  auto history = Assignments(person);
  ASSERT_EQ(history.size(), 1u);
  EXPECT_FALSE(history[0].valid_to);
}

TEST_F(ReferentScenario, AnInactiveAgentCannotBeDesignated) {
  auto person = OrientedPerson();
  ExecuteForTest(db.store(), "UPDATE agents SET active = FALSE WHERE id = $1",
                 {std::to_string(other_referent.agent_id)});
  auto r = Assign(person, other_referent.agent_id, "2025-05-01");
  ASSERT_FALSE(r);
  EXPECT_NE(FieldMessage(r.error(), "agent_id").find("désactivé"), std::string::npos);
}

TEST_F(ReferentScenario, AReferentDesignatesOnlyAgentsOfTheirStructure) {
  auto person = OrientedPerson();
  auto outsider = ActorFor("ft@cd92.fr", Role::kReferent, ft.structure_id);
  auto r = Assign(person, outsider.agent_id, "2025-05-01", &referent);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kForbidden);
  EXPECT_TRUE(Assign(person, other_referent.agent_id, "2025-05-01", &referent));
}

TEST_F(ReferentScenario, StaleVersionIsRefused) {
  auto person = OrientedPerson();
  ASSERT_TRUE(Assign(person, referent.agent_id, "2025-04-01"));
  app::ReferentInput in{other_referent.agent_id, "2025-05-01", 42};
  auto r = app::AssignReferent(db.store(), clock, charge, person, in);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kStale);
}

TEST_F(ReferentScenario, CaseloadsCountActiveAssignments) {
  auto p1 = OrientedPerson();
  auto p2 = OrientedPerson();
  ASSERT_TRUE(Assign(p1, referent.agent_id, "2025-04-01"));
  ASSERT_TRUE(Assign(p2, referent.agent_id, "2025-04-01"));
  ASSERT_TRUE(Assign(p2, other_referent.agent_id, "2025-05-01"));
  auto list = app::ListCaseloads(db.store(), charge, {ccas.structure_id}, {});
  ASSERT_TRUE(list) << list.error().message;
  std::map<std::int64_t, std::int64_t> counts;
  for (const auto& c : list->items) counts[c.agent_id] = c.active_assignments;
  EXPECT_EQ(counts[referent.agent_id], 1);
  EXPECT_EQ(counts[other_referent.agent_id], 1);
  EXPECT_FALSE(counts.count(coordinator.agent_id));
  auto none = app::ListCaseloads(db.store(), charge, {ft.structure_id}, {});
  ASSERT_TRUE(none);
  EXPECT_EQ(none->total, 0);
}

TEST_F(ReferentScenario, AReferentSeesTheCaseloadsOfTheirStructureOnly) {
  ActorFor("ft@cd92.fr", Role::kReferent, ft.structure_id);
  auto list = app::ListCaseloads(db.store(), referent, {ft.structure_id}, {});
  ASSERT_TRUE(list);
  EXPECT_EQ(list->total, 2);  // ref and ref2 of the CCAS, not the France Travail one
  for (const auto& c : list->items) EXPECT_EQ(c.structure_id, ccas.structure_id);
  auto op = ActorFor("op@cd92.fr", Role::kOperateur, operator_structure);
  EXPECT_FALSE(app::ListCaseloads(db.store(), op, {}, {}));
}

TEST_F(ReferentScenario, TransferMovesTheWholeCaseload) {
  auto p1 = OrientedPerson();
  auto p2 = OrientedPerson();
  auto p3 = OrientedPerson();
  ASSERT_TRUE(Assign(p1, referent.agent_id, "2025-04-01"));
  ASSERT_TRUE(Assign(p2, referent.agent_id, "2025-04-02"));
  ASSERT_TRUE(Assign(p3, other_referent.agent_id, "2025-04-02"));
  auto t = app::TransferCaseload(db.store(), clock, coordinator, referent.agent_id,
                                 {other_referent.agent_id, "2025-05-30"});
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(t->person_ids, (std::vector<std::int64_t>{p1, p2}));
  for (auto p : {p1, p2}) {
    auto h = Assignments(p);
    ASSERT_EQ(h.size(), 2u);
    EXPECT_EQ(h[1].end_reason, "transfert");
    EXPECT_EQ(h[1].valid_to, ParseIsoDate("2025-05-30"));
    EXPECT_EQ(State(p).referent_agent_id, other_referent.agent_id);
  }
  EXPECT_EQ(Assignments(p3).size(), 1u);
}

TEST_F(ReferentScenario, TransferIsAllOrNothing) {
  auto p1 = OrientedPerson();
  auto p2 = OrientedPerson();
  ASSERT_TRUE(Assign(p1, referent.agent_id, "2025-04-01"));
  ASSERT_TRUE(Assign(p2, referent.agent_id, "2025-05-20"));
  // p1 moves first, then p2 fails (transfer before its designation): everything rolls back.
  auto t = app::TransferCaseload(db.store(), clock, coordinator, referent.agent_id,
                                 {other_referent.agent_id, "2025-05-10"});
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().kind, ErrorKind::kInvalid);
  EXPECT_NE(FieldMessage(t.error(), "since"), "");
  for (auto p : {p1, p2}) {
    auto h = Assignments(p);
    ASSERT_EQ(h.size(), 1u);
    EXPECT_FALSE(h[0].valid_to);
    EXPECT_EQ(State(p).referent_agent_id, referent.agent_id);
  }
}

TEST_F(ReferentScenario, TransferChecksRightsAndTarget) {
  auto denied = app::TransferCaseload(db.store(), clock, referent, referent.agent_id,
                                      {other_referent.agent_id, "2025-05-10"});
  ASSERT_FALSE(denied);
  EXPECT_EQ(denied.error().kind, ErrorKind::kForbidden);
  auto same = app::TransferCaseload(db.store(), clock, charge, referent.agent_id,
                                    {referent.agent_id, "2025-05-10"});
  ASSERT_FALSE(same);
  EXPECT_NE(FieldMessage(same.error(), "to_agent_id"), "");
  auto unknown = app::TransferCaseload(db.store(), clock, charge, referent.agent_id,
                                       {999999, "2025-05-10"});
  ASSERT_FALSE(unknown);
  EXPECT_EQ(FieldMessage(unknown.error(), "to_agent_id").rfind("Agent inconnu", 0), 0u);
  auto nobody = app::TransferCaseload(db.store(), clock, charge, 999999,
                                      {referent.agent_id, "2025-05-10"});
  ASSERT_FALSE(nobody);
  EXPECT_EQ(nobody.error().kind, ErrorKind::kNotFound);
}

}  // namespace
}  // namespace pacte::testing
