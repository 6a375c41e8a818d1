// Re-orientation requests on SQLite and PostgreSQL: a référent asks, a chargé d'orientation
// accepts (a new orientation) or refuses with a reason; one pending request per person.

#include "app/orientation/reorientation_requests.hpp"
#include "scenarios/orientation_fixture.hpp"

namespace pacte::testing {
namespace {

class ReorientationScenario : public OrientationScenario {
 protected:
  std::int64_t person = 0;

  void SetUp() override {
    OrientationScenario::SetUp();
    person = Person();
    OrientForTest(db.store(), clock, person, ccas.structure_id, "social", "2025-03-10");
    AssignReferentForTest(db.store(), clock, person, referent.agent_id, ccas.structure_id,
                          "2025-03-20");
  }
  Result<app::ReorientationRequestRecord> Request(
      const std::string& parcours = "professionnel",
      std::optional<std::int64_t> structure = std::nullopt, const app::Actor* actor = nullptr) {
    app::ReorientationRequestInput in;
    in.draft.motive = "Projet professionnel défini";
    in.draft.proposed_parcours = parcours;
    in.proposed_structure_id = structure;
    return app::RequestReorientation(db.store(), clock, actor ? *actor : referent, person, in);
  }
  Result<app::ReorientationRequestRecord> Decide(std::int64_t id, const std::string& decision,
                                                 const std::string& reason,
                                                 std::optional<std::int64_t> structure,
                                                 const app::Actor* actor = nullptr) {
    app::ReorientationDecisionInput in;
    in.decision = decision;
    in.reason = reason;
    in.structure_id = structure;
    return app::DecideReorientationRequest(db.store(), clock, actor ? *actor : charge, id, in);
  }
};

TEST_F(ReorientationScenario, AcceptedRequestRecordsTheNewOrientation) {
  auto req = Request("professionnel", ft.structure_id);
  ASSERT_TRUE(req) << req.error().message;
  EXPECT_EQ(req->status, ReorientationStatus::kEnAttente);
  auto done = Decide(req->id, "acceptee", "", ft.structure_id);
  ASSERT_TRUE(done) << done.error().message;
  EXPECT_EQ(done->status, ReorientationStatus::kAcceptee);
  ASSERT_TRUE(done->resulting_orientation_id);
  auto history = Orientations(person);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].orientation.id, *done->resulting_orientation_id);
  EXPECT_TRUE(history[0].is_reorientation);
  EXPECT_EQ(history[0].orientation.parcours, Parcours::kProfessionnel);
  EXPECT_EQ(history[0].orientation.structure_id, ft.structure_id);
  EXPECT_EQ(history[0].orientation.reason, "Projet professionnel défini");
  // The référent of the CCAS no longer follows a person oriented to France Travail.
  EXPECT_FALSE(State(person).referent_agent_id);
}

TEST_F(ReorientationScenario, TheStructureIsChosenAtDecision) {
  auto req = Request("socio_professionnel");
  ASSERT_TRUE(req);
  auto missing = Decide(req->id, "acceptee", "", std::nullopt);
  ASSERT_FALSE(missing);
  EXPECT_NE(FieldMessage(missing.error(), "structure_id"), "");
  auto bad = Decide(req->id, "acceptee", "", operator_structure);
  ASSERT_FALSE(bad);
  EXPECT_EQ(FieldMessage(bad.error(), "structure_id").rfind("Structure inconnue", 0), 0u);
  EXPECT_EQ(Orientations(person).size(), 1u);
  auto ok = Decide(req->id, "acceptee", "Accord en commission", ccas.structure_id);
  ASSERT_TRUE(ok) << ok.error().message;
  EXPECT_EQ(Orientations(person)[0].orientation.reason, "Accord en commission");
}

TEST_F(ReorientationScenario, RefusalNeedsAReasonAndKeepsTheOrientation) {
  auto req = Request();
  ASSERT_TRUE(req);
  auto no_reason = Decide(req->id, "refusee", "  ", std::nullopt);
  ASSERT_FALSE(no_reason);
  EXPECT_EQ(FieldMessage(no_reason.error(), "decision_reason"), "Indiquez le motif du refus.");
  auto refused = Decide(req->id, "refusee", "Parcours social à poursuivre", std::nullopt);
  ASSERT_TRUE(refused) << refused.error().message;
  EXPECT_EQ(refused->status, ReorientationStatus::kRefusee);
  EXPECT_EQ(refused->decision_reason, "Parcours social à poursuivre");
  EXPECT_EQ(Orientations(person).size(), 1u);
  auto again = Decide(req->id, "acceptee", "", ccas.structure_id);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, "reorientation.already_decided");
}

TEST_F(ReorientationScenario, OnlyOnePendingRequestPerPerson) {
  ASSERT_TRUE(Request());
  auto second = Request("social");
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(second.error().code, "reorientation.pending");
  EXPECT_EQ(Count("reorientation_requests"), 1);
}

TEST_F(ReorientationScenario, ConcurrentPendingInsertIsAConflict) {
  auto first = Request();
  ASSERT_TRUE(first);
  Result<std::int64_t> raced = 0;
  db.store().Transact(app::TxMode::kWrite, [&](app::UnitOfWork& uow) {
    app::NewReorientationRequest r{person, first->orientation_id, std::nullopt,
                                   *ParseIsoDate("2025-06-01"),
                                   {"Autre motif", Parcours::kSocial}, std::nullopt};
    raced = uow.Orientations().InsertRequest(r, clock.Now());
    return false;
  });
  ASSERT_FALSE(raced);
  EXPECT_EQ(raced.error().code, "reorientation.pending");
}

TEST_F(ReorientationScenario, WhoMayRequestAndDecide) {
  auto by_coord = Request("professionnel", std::nullopt, &coordinator);
  ASSERT_FALSE(by_coord);
  EXPECT_EQ(by_coord.error().kind, ErrorKind::kForbidden);
  auto by_other = Request("professionnel", std::nullopt, &other_referent);  // not their caseload
  ASSERT_FALSE(by_other);
  EXPECT_EQ(by_other.error().kind, ErrorKind::kForbidden);
  auto req = Request();
  ASSERT_TRUE(req);
  auto by_referent = Decide(req->id, "acceptee", "", ft.structure_id, &referent);
  ASSERT_FALSE(by_referent);
  EXPECT_EQ(by_referent.error().kind, ErrorKind::kForbidden);
  app::Actor elsewhere = charge;
  elsewhere.territory_id = ccas.territory_id + 1000;
  auto outside = Decide(req->id, "acceptee", "", ft.structure_id, &elsewhere);
  ASSERT_FALSE(outside);
  EXPECT_EQ(outside.error().kind, ErrorKind::kNotFound);
  auto list = app::ListPendingReorientations(db.store(), clock, elsewhere, {});
  ASSERT_TRUE(list);
  EXPECT_EQ(list->total, 0);
  auto mine = app::ListPendingReorientations(db.store(), clock, charge, {});
  ASSERT_TRUE(mine);
  ASSERT_EQ(mine->total, 1);
  EXPECT_EQ(mine->items[0].person_id, person);
  EXPECT_FALSE(app::ListPendingReorientations(db.store(), clock, referent, {}));
}

TEST_F(ReorientationScenario, StaleVersionAndBadInput) {
  auto req = Request();
  ASSERT_TRUE(req);
  app::ReorientationDecisionInput in;
  in.decision = "refusee";
  in.reason = "Non";
  in.expected_version = req->version + 1;
  auto stale = app::DecideReorientationRequest(db.store(), clock, charge, req->id, in);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, ErrorKind::kStale);
  auto bad = Decide(req->id, "peut-etre", "", std::nullopt);
  ASSERT_FALSE(bad);
  EXPECT_NE(FieldMessage(bad.error(), "decision"), "");
  auto blank = Request("inconnu");
  ASSERT_FALSE(blank);
  EXPECT_NE(FieldMessage(blank.error(), "proposed_parcours"), "");
}

}  // namespace
}  // namespace pacte::testing
