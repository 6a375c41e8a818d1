// Scenario: a référent prescribes an action to a person of her caseload, the operator
// accepts it, records the entry then the exit; every step is an event, an audit row and a
// line of the person's timeline. Then what each actor may not do. SQLite and PostgreSQL.

#include "app/beneficiaries/beneficiary_file.hpp"
#include "app/beneficiaries/beneficiary_timeline.hpp"
#include "app/beneficiaries/search_beneficiaries.hpp"
#include "storage/prescriptions_fixture.hpp"

namespace pacte::testing {
namespace {

using S = PrescriptionStatus;

class PrescriptionLifeCycle : public PrescriptionWorld {};

TEST_F(PrescriptionLifeCycle, ReferentPrescribesOperatorAcceptsEntryThenExitOnTheTimeline) {
  auto sent = Prescribe(referent, session);
  ASSERT_TRUE(sent) << sent.error().message;
  EXPECT_EQ(sent->status, S::kEnAttente);
  EXPECT_EQ(sent->structure_id, operator_org.structure_id);
  EXPECT_EQ(sent->prescriber_agent_id, referent.agent_id);
  EXPECT_EQ(sent->weekly_hours, 12.0);
  EXPECT_EQ(sent->weeks, 10);
  EXPECT_EQ(app::CountPendingAnswers(db.store(), operateur), 1);

  clock.Advance(std::chrono::days(2));
  auto accepted = Answer(operateur, sent->id, To("acceptee"));
  ASSERT_TRUE(accepted) << accepted.error().message;
  EXPECT_EQ(accepted->status, S::kAcceptee);
  EXPECT_EQ(accepted->answered_at, clock.Now());
  EXPECT_EQ(app::CountPendingAnswers(db.store(), operateur), 0);
  clock.Advance(std::chrono::hours(1));
  auto entered = Answer(operateur, sent->id, To("entree"));
  ASSERT_TRUE(entered) << entered.error().message;
  EXPECT_EQ(entered->entered_on, DateOf(clock.Now()));
  clock.Advance(std::chrono::days(30));
  auto exited = Answer(operateur, sent->id, To("sortie", "", "emploi"));
  ASSERT_TRUE(exited) << exited.error().message;
  EXPECT_EQ(exited->outcome, ExitOutcome::kEmploi);
  EXPECT_EQ(exited->version, 4);

  auto detail = app::GetPrescription(db.store(), clock, referent, sent->id);
  ASSERT_TRUE(detail);
  ASSERT_EQ(detail->events.size(), 4u);
  EXPECT_EQ(detail->events[0].status, "en_attente");
  EXPECT_EQ(detail->events[0].agent_id, referent.agent_id);
  EXPECT_EQ(detail->events[3].status, "sortie");
  EXPECT_EQ(detail->events[3].agent_id, operateur.agent_id);
  EXPECT_EQ(detail->events[3].outcome, "emploi");
  EXPECT_EQ(Audits("prescription.create"), 1);
  EXPECT_EQ(Audits("prescription.status"), 3);

  auto timeline = app::GetTimeline(db.store(), clock, referent, person, {1, 50});
  ASSERT_TRUE(timeline);
  std::vector<std::string> labels;
  for (const auto& e : timeline->items) {
    if (e.event.kind == "prescription") labels.push_back(e.label);
  }
  EXPECT_EQ(labels, (std::vector<std::string>{"Prescription : Sortie de l'action (Sortie vers l'emploi)",
                                              "Prescription : Entrée dans l'action",
                                              "Prescription : Acceptée",
                                              "Prescription : En attente de réponse"}));
}

TEST_F(PrescriptionLifeCycle, RefusalKeepsItsReasonAndClosesThePrescription) {
  auto sent = Prescribe(referent, session);
  ASSERT_TRUE(sent);
  PrescriptionChange refuse = To("refusee", "autre");
  auto missing = Answer(operateur, sent->id, refuse);
  ASSERT_FALSE(missing);
  EXPECT_EQ(FieldMessage(missing.error(), "reason_detail"), "Précisez le motif du refus.");
  refuse.reason_detail = "Horaires incompatibles avec la garde des enfants";
  auto refused = Answer(operateur, sent->id, refuse);
  ASSERT_TRUE(refused) << refused.error().message;
  EXPECT_EQ(refused->reason, RefusalReason::kAutre);
  EXPECT_EQ(refused->reason_detail, "Horaires incompatibles avec la garde des enfants");
  auto again = Answer(operateur, sent->id, To("acceptee"));
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(again.error().message,
            "Cette prescription est close (statut « Refusée ») : son statut ne peut plus "
            "changer.");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM prescription_events"), 2);
}

TEST_F(PrescriptionLifeCycle, PrescribingIsRefusedOutsideTheCaseloadAndForBadTargets) {
  auto outside = Prescribe(outsider, session);
  EXPECT_EQ(outside.error().kind, ErrorKind::kNotFound);
  auto colleague_try = Prescribe(colleague, session);
  EXPECT_EQ(colleague_try.error().kind, ErrorKind::kForbidden);
  EXPECT_EQ(colleague_try.error().message,
            "Seul le référent de la personne (ou sa structure tant qu'aucun référent n'est "
            "désigné) peut lui prescrire une action.");
  EXPECT_EQ(Prescribe(operateur, session).error().kind, ErrorKind::kForbidden);

  auto archived = CreateTestAction(db.store(), clock, operator_org.structure_id,
                                   {.status = "archivee"});
  EXPECT_EQ(Prescribe(referent, std::nullopt, archived).error().code,
            "prescription.action_archived");
  auto draft = CreateTestAction(db.store(), clock, operator_org.structure_id,
                                {.status = "brouillon"});
  EXPECT_EQ(Prescribe(referent, std::nullopt, draft).error().code, "prescription.action_draft");
  auto past = CreateTestSession(db.store(), clock, action,
                                {.starts_on = "2026-01-05", .ends_on = "2026-03-27"});
  auto past_error = Prescribe(referent, past).error();
  EXPECT_EQ(FieldMessage(past_error, "session_id"),
            "Cette session est terminée depuis le 27/03/2026 : choisissez une session à venir.");
  auto foreign = CreateTestSession(db.store(), clock, draft);
  EXPECT_EQ(Prescribe(referent, foreign).error().code, "prescription.session_other_action");
  EXPECT_EQ(FieldMessage(Prescribe(referent, 999999).error(), "session_id"),
            "Cette session n'existe pas.");
  EXPECT_EQ(FieldMessage(Prescribe(referent, std::nullopt, 999999).error(), "action_id"),
            "Cette action n'existe pas.");
  ExecuteForTest(db.store(), "UPDATE action_sessions SET cancelled = TRUE WHERE id = " +
                                 std::to_string(past));
  EXPECT_EQ(Prescribe(referent, past).error().code, "prescription.session_cancelled");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM prescriptions"), 0) << "nothing half-written";
  EXPECT_EQ(Audits("prescription.create"), 0);
}

TEST_F(PrescriptionLifeCycle, OnlyTheOperatorOfTheActionAnswers) {
  auto sent = Prescribe(referent, session);
  ASSERT_TRUE(sent);
  auto foreign = Answer(other_operateur, sent->id, To("acceptee"));
  EXPECT_EQ(foreign.error().kind, ErrorKind::kNotFound) << "another structure's: invisible";
  auto by_referent = Answer(referent, sent->id, To("acceptee"));
  EXPECT_EQ(by_referent.error().kind, ErrorKind::kForbidden);
  EXPECT_EQ(by_referent.error().message, "Seul l'opérateur de l'action répond à une prescription.");
  auto expire = Answer(operateur, sent->id, To("expiree"));
  EXPECT_EQ(expire.error().code, "prescription.expiry_automatic");
  auto entry = Answer(operateur, sent->id, To("entree"));
  EXPECT_EQ(entry.error().code, "prescription.invalid_transition");
  auto stale = app::ChangePrescriptionStatus(db.store(), clock, operateur, sent->id, 7,
                                             To("acceptee"));
  EXPECT_EQ(stale.error().kind, ErrorKind::kStale);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM prescriptions WHERE status = 'en_attente'"), 1);
}

TEST_F(PrescriptionLifeCycle, OperatorSeesPrescribedPeopleWithNameContactAndReferentOnly) {
  app::PrescriptionListQuery of_person;
  of_person.person_id = person;
  auto before = app::ListPrescriptions(db.store(), clock, operateur, of_person, {});
  EXPECT_EQ(before.error().kind, ErrorKind::kNotFound);
  ASSERT_TRUE(Prescribe(referent, session));
  auto list = app::ListPrescriptions(db.store(), clock, operateur, of_person, {});
  ASSERT_TRUE(list) << list.error().message;
  EXPECT_FALSE(list->sees_file);
  EXPECT_FALSE(list->contact.referent_name.empty()) << "the référent, to call back";
  EXPECT_EQ(list->page.total, 1);
  auto file = app::GetBeneficiary(db.store(), clock, operateur, person);
  ASSERT_FALSE(file);
  EXPECT_EQ(file.error().kind, ErrorKind::kForbidden);
  EXPECT_EQ(app::GetBeneficiary(db.store(), clock, other_operateur, person).error().kind,
            ErrorKind::kNotFound);
  app::BeneficiarySearch search;
  auto found = app::SearchBeneficiaries(db.store(), clock, operateur, search, {});
  ASSERT_TRUE(found) << found.error().message;
  ASSERT_EQ(found->total, 1);
  EXPECT_FALSE(found->items[0].parcours.has_value()) << "no parcours for an operator";
  auto none = app::SearchBeneficiaries(db.store(), clock, other_operateur, search, {});
  ASSERT_TRUE(none);
  EXPECT_EQ(none->total, 0);
}

}  // namespace
}  // namespace pacte::testing

namespace pacte::testing {
namespace {

class PrescriptionLink : public PrescriptionWorld {};

TEST_F(PrescriptionLink, AContractActionLinksOnlyAPrescriptionOfTheSamePerson) {
  auto mine = Prescribe(referent, session);
  ASSERT_TRUE(mine);
  auto someone = CreateTestPerson(db.store(), clock, {.last_name = "Durand", .dd_since = "2025-01-06"});
  OrientForTest(db.store(), clock, someone, org.structure_id, "social", "2025-02-03");
  auto theirs = Prescribe(referent, session, std::nullopt, someone);
  ASSERT_TRUE(theirs) << theirs.error().message;
  db.store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
    EXPECT_TRUE(app::CheckPrescriptionOfPerson(uow, person, mine->id, "f").has_value());
    auto foreign = app::CheckPrescriptionOfPerson(uow, person, theirs->id, "actions[0].prescription_id");
    EXPECT_EQ(FieldMessage(foreign.error(), "actions[0].prescription_id"),
              "Cette prescription concerne une autre personne.");
    EXPECT_EQ(app::CheckPrescriptionOfPerson(uow, person, 999999, "f").error().code,
              "prescription.link_unknown");
    return true;
  });
}

}  // namespace
}  // namespace pacte::testing
