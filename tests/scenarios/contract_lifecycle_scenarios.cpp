// A contract's life: brouillon → signe → termine | resilie, edits only while brouillon,
// optimistic versions, no two signed contracts over the same days, renewal (once, ending the
// renewed contract the day before), and rollback of everything on failure. SQLite and
// PostgreSQL.

#include "scenarios/contract_scenario_fixture.hpp"

namespace pacte::testing {
namespace {

app::ContractChanges Status(const std::string& status) {
  app::ContractChanges c;
  c.status = status;
  return c;
}

app::ContractChanges Sign(const std::string& on) {
  auto c = Status("signe");
  c.signed_on = on;
  return c;
}

app::ContractChanges Close(const std::string& status, const std::string& on,
                           const std::string& reason) {
  auto c = Status(status);
  c.closed_on = on;
  c.closure_reason = reason;
  return c;
}

TEST_F(ContractScenario, SigningADraftMakesItThePersonsContract) {
  auto draft = Create(Engagement());
  auto signed_ = app::ChangeContract(store, clock, referent, draft.id, 1, Sign("2026-03-02"));
  ASSERT_TRUE(signed_) << signed_.error().message;
  EXPECT_EQ(signed_->record.status, ContractStatus::kSigne);
  EXPECT_EQ(signed_->record.fields.signed_on, ParseIsoDate("2026-03-02"));
  EXPECT_EQ(signed_->version, 2);
  EXPECT_EQ(Projection().contract_id, draft.id);
  EXPECT_EQ(CountActions("contract.sign"), 1);
}

TEST_F(ContractScenario, SigningWithoutADateIsRefused) {
  auto draft = Create(Engagement());
  auto r = app::ChangeContract(store, clock, referent, draft.id, 1, Status("signe"));
  ASSERT_FALSE(r);
  EXPECT_EQ(FieldMessage(r.error(), "signed_on"),
            "La date de signature est obligatoire pour un contrat signé.");
  EXPECT_EQ(Stored(draft.id).record.status, ContractStatus::kBrouillon);
}

TEST_F(ContractScenario, DraftFieldsAndActionsAreEdited) {
  auto draft = Create(Engagement());
  app::ContractChanges c;
  c.weekly_hours = std::optional<double>(20);
  c.actions = std::vector<app::ContractActionInput>{{"Permis B", 8, std::nullopt}};
  auto r = app::ChangeContract(store, clock, referent, draft.id, 1, c);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->record.fields.weekly_hours, 20.0);
  ASSERT_EQ(r->record.fields.actions.size(), 1u);
  EXPECT_EQ(r->record.fields.actions[0].label, "Permis B");
  EXPECT_EQ(CountActions("contract.update"), 1);
}

TEST_F(ContractScenario, EditBreakingARuleIsRefusedAndNothingChanges) {
  auto draft = Create(Engagement());
  app::ContractChanges c;
  c.weekly_hours = std::optional<double>(8);
  c.actions = std::vector<app::ContractActionInput>{{"Permis B", 8, std::nullopt}};
  auto r = app::ChangeContract(store, clock, referent, draft.id, 1, c);
  ASSERT_FALSE(r);
  EXPECT_NE(FieldMessage(r.error(), "weekly_hours"), "");
  auto stored = Stored(draft.id);
  EXPECT_EQ(stored.version, 1);
  ASSERT_EQ(stored.record.fields.actions.size(), 1u);
  EXPECT_EQ(stored.record.fields.actions[0].label, "Atelier CV");
}

TEST_F(ContractScenario, SignedContractIsNoLongerEdited) {
  auto c = Create(Signed(Engagement(), "2026-03-01"));
  app::ContractChanges edit;
  edit.objectives = "Autre objectif";
  auto r = app::ChangeContract(store, clock, referent, c.id, 1, edit);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(r.error().code, "contract.not_draft");
}

TEST_F(ContractScenario, StaleVersionIsRefused) {
  auto draft = Create(Engagement());
  app::ContractChanges edit;
  edit.objectives = "Objectif revu";
  ASSERT_TRUE(app::ChangeContract(store, clock, referent, draft.id, 1, edit));
  auto r = app::ChangeContract(store, clock, referent, draft.id, 1, Sign("2026-03-01"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kStale);
  EXPECT_EQ(Stored(draft.id).record.status, ContractStatus::kBrouillon);
}

TEST_F(ContractScenario, TerminationNeedsAClosingDateWithinTheContract) {
  auto c = Create(Signed(Engagement(), "2026-03-01"));
  auto r = app::ChangeContract(store, clock, referent, c.id, 1, Close("termine", "", ""));
  ASSERT_FALSE(r);
  EXPECT_EQ(FieldMessage(r.error(), "closed_on"), "La date est obligatoire.");
  r = app::ChangeContract(store, clock, referent, c.id, 1, Close("termine", "2026-02-01", ""));
  ASSERT_FALSE(r);
  EXPECT_EQ(FieldMessage(r.error(), "closed_on"),
            "La date de clôture ne peut pas précéder le début du contrat (01/03/2026).");
  r = app::ChangeContract(store, clock, referent, c.id, 1, Close("termine", "2026-07-01", ""));
  ASSERT_FALSE(r);
  EXPECT_EQ(FieldMessage(r.error(), "closed_on"),
            "La date de clôture ne peut pas être dans le futur.");
  r = app::ChangeContract(store, clock, referent, c.id, 1, Close("termine", "2026-05-31", ""));
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->record.status, ContractStatus::kTermine);
  EXPECT_EQ(r->record.closed_on, ParseIsoDate("2026-05-31"));
  EXPECT_EQ(CountActions("contract.close"), 1);
  EXPECT_FALSE(Projection().contract_id);  // the projection tracks signed contracts only
}

TEST_F(ContractScenario, CancellationNeedsAReason) {
  auto c = Create(Signed(Engagement(), "2026-03-01"));
  auto r = app::ChangeContract(store, clock, referent, c.id, 1, Close("resilie", "2026-04-15", ""));
  ASSERT_FALSE(r);
  EXPECT_EQ(FieldMessage(r.error(), "closure_reason"), "Indiquez le motif de la résiliation.");
  r = app::ChangeContract(store, clock, referent, c.id, 1,
                          Close("resilie", "2026-04-15", "Déménagement hors du département"));
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->record.closure_reason, "Déménagement hors du département");
}

TEST_F(ContractScenario, ImpossibleTransitionsAreConflicts) {
  auto draft = Create(Engagement());
  auto r = app::ChangeContract(store, clock, referent, draft.id, 1,
                               Close("termine", "2026-04-01", ""));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "contract.invalid_transition");
  r = app::ChangeContract(store, clock, referent, draft.id, 1, Status("brouillon"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "contract.same_status");
  auto c = Create(Signed(Engagement("2026-09-01", "2027-02-28"), "2026-05-01"));
  r = app::ChangeContract(store, clock, referent, c.id, 1, Status("brouillon"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "contract.invalid_transition");
  r = app::ChangeContract(store, clock, referent, c.id, 1, Status("annule"));
  ASSERT_FALSE(r);
  EXPECT_EQ(FieldMessage(r.error(), "status"),
            "Statut inconnu : brouillon, signe, termine ou resilie.");
  r = app::ChangeContract(store, clock, referent, c.id, 1, {});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "contract.no_change");
}

TEST_F(ContractScenario, FinalContractStaysFinal) {
  auto c = Create(Signed(Engagement(), "2026-03-01"));
  ASSERT_TRUE(app::ChangeContract(store, clock, referent, c.id, 1,
                                  Close("resilie", "2026-04-01", "Reprise d'emploi")));
  auto r = app::ChangeContract(store, clock, referent, c.id, 2, Close("termine", "2026-04-01", ""));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "contract.final_status");
}

TEST_F(ContractScenario, SecondSignedContractOverlappingIsRefused) {
  auto first = Create(Signed(Engagement("2026-01-01", "2026-06-30"), "2026-01-01"));
  auto r = app::CreateContract(store, clock, referent, person_id,
                               Signed(Engagement("2026-06-30", "2026-12-31"), "2026-05-20"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(r.error().code, "contract.overlap");
  EXPECT_NE(r.error().message.find("contrat n° " + std::to_string(first.id)), std::string::npos);
  EXPECT_EQ(ContractsOfPerson().size(), 1u);
  // The next day is free; a draft may overlap, but cannot be signed while it does.
  EXPECT_TRUE(app::CreateContract(store, clock, referent, person_id,
                                  Signed(Engagement("2026-07-01", "2026-12-31"), "2026-05-20")));
  auto draft = Create(Engagement("2026-02-01", "2026-07-31"));
  auto sign = app::ChangeContract(store, clock, referent, draft.id, 1, Sign("2026-05-20"));
  ASSERT_FALSE(sign);
  EXPECT_EQ(sign.error().code, "contract.overlap");
}

TEST_F(ContractScenario, EndedContractNoLongerBlocksTheDays) {
  auto first = Create(Signed(Engagement("2026-01-01", "2026-12-31"), "2026-01-01"));
  ASSERT_TRUE(app::ChangeContract(store, clock, referent, first.id, 1,
                                  Close("resilie", "2026-04-30", "Nouveau projet")));
  EXPECT_TRUE(app::CreateContract(store, clock, referent, person_id,
                                  Signed(Engagement("2026-05-01", "2026-10-31"), "2026-05-01")));
}

TEST_F(ContractScenario, RenewalEndsThePreviousContractTheDayBefore) {
  auto first = Create(Signed(Engagement("2026-01-01", "2026-06-30"), "2026-01-01"));
  app::ContractChanges renewal;
  renewal.starts_on = "2026-06-15";
  renewal.duration_months = 6;
  renewal.signed_on = "2026-05-30";
  renewal.status = "signe";
  auto next = app::RenewContract(store, clock, referent, first.id, renewal);
  ASSERT_TRUE(next) << next.error().message;
  EXPECT_EQ(next->renews_contract_id, first.id);
  EXPECT_EQ(next->record.status, ContractStatus::kSigne);
  EXPECT_EQ(next->record.fields.ends_on, ParseIsoDate("2026-12-14"));
  // Copied from the renewed contract.
  EXPECT_EQ(next->record.fields.type, ContractType::kContratEngagement);
  EXPECT_EQ(next->record.fields.weekly_hours, 15.0);
  EXPECT_EQ(next->record.objectives, "Retrouver un emploi dans la logistique.");
  ASSERT_EQ(next->record.fields.actions.size(), 1u);
  auto previous = Stored(first.id);
  EXPECT_EQ(previous.record.status, ContractStatus::kTermine);
  EXPECT_EQ(previous.record.closed_on, ParseIsoDate("2026-06-14"));
  EXPECT_EQ(previous.renewed_by_id, next->id);
  EXPECT_EQ(Projection().contract_id, next->id);
  EXPECT_EQ(CountActions("contract.renew"), 1);
}

TEST_F(ContractScenario, RenewalStartsByDefaultTheDayAfterTheEnd) {
  auto first = Create(Signed(Engagement("2026-01-01", "2026-06-30"), "2026-01-01"));
  app::ContractChanges renewal;
  renewal.duration_months = 3;
  auto next = app::RenewContract(store, clock, referent, first.id, renewal);
  ASSERT_TRUE(next) << next.error().message;
  EXPECT_EQ(next->record.fields.starts_on, ParseIsoDate("2026-07-01"));
  EXPECT_EQ(next->record.fields.ends_on, ParseIsoDate("2026-09-30"));
  EXPECT_EQ(next->record.status, ContractStatus::kBrouillon);
  EXPECT_EQ(Stored(first.id).record.closed_on, ParseIsoDate("2026-06-30"));
  // Ended for the renewal, the first contract still binds until its closing day.
  auto list = app::ListPersonContracts(store, clock, referent, person_id);
  ASSERT_TRUE(list);
  EXPECT_EQ(list->current_contract_id, first.id);
  clock.Set(*ParseIsoTimestamp("2026-07-01T09:00:00Z"));
  list = app::ListPersonContracts(store, clock, referent, person_id);
  ASSERT_TRUE(list);
  EXPECT_FALSE(list->current_contract_id);  // the renewal is still a draft
}

TEST_F(ContractScenario, ContractIsRenewedOnlyOnce) {
  auto first = Create(Signed(Engagement("2026-01-01", "2026-06-30"), "2026-01-01"));
  app::ContractChanges renewal;
  renewal.duration_months = 3;
  ASSERT_TRUE(app::RenewContract(store, clock, referent, first.id, renewal));
  auto again = app::RenewContract(store, clock, referent, first.id, renewal);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, "contract.already_renewed");
}

TEST_F(ContractScenario, DraftIsNotRenewed) {
  auto draft = Create(Engagement());
  app::ContractChanges renewal;
  renewal.duration_months = 3;
  auto r = app::RenewContract(store, clock, referent, draft.id, renewal);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "contract.not_renewable");
}

TEST_F(ContractScenario, RenewalNeedsAnEndAndALaterStart) {
  auto first = Create(Signed(Engagement("2026-01-01", "2026-06-30"), "2026-01-01"));
  auto r = app::RenewContract(store, clock, referent, first.id, {});
  ASSERT_FALSE(r);
  EXPECT_EQ(FieldMessage(r.error(), "ends_on"), "La date est obligatoire.");
  app::ContractChanges early;
  early.starts_on = "2026-01-01";
  early.duration_months = 6;
  r = app::RenewContract(store, clock, referent, first.id, early);
  ASSERT_FALSE(r);
  EXPECT_EQ(FieldMessage(r.error(), "starts_on"),
            "Le renouvellement doit commencer après le début du contrat renouvelé (01/01/2026).");
  EXPECT_EQ(Stored(first.id).record.status, ContractStatus::kSigne);
}

TEST_F(ContractScenario, FailedRenewalLeavesThePreviousContractSigned) {
  // Ending the renewed contract happens before the overlap check of the renewal: the refusal
  // must roll it back.
  auto first = Create(Signed(Engagement("2026-01-01", "2026-06-30"), "2026-01-01"));
  Create(Signed(Engagement("2026-07-01", "2026-12-31"), "2026-05-01"));
  app::ContractChanges renewal;
  renewal.starts_on = "2026-05-01";
  renewal.duration_months = 6;
  renewal.signed_on = "2026-05-01";
  renewal.status = "signe";
  auto r = app::RenewContract(store, clock, referent, first.id, renewal);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "contract.overlap");
  auto previous = Stored(first.id);
  EXPECT_EQ(previous.record.status, ContractStatus::kSigne);
  EXPECT_FALSE(previous.record.closed_on);
  EXPECT_EQ(previous.version, 1);
  EXPECT_EQ(ContractsOfPerson().size(), 2u);
  EXPECT_EQ(CountActions("contract.renew"), 0);
}

}  // namespace
}  // namespace pacte::testing
