// Contract rules at creation (domain.md §4.5, issue 3): 15 hours a week for a contrat
// d'engagement unless exempted, dates, length shortcuts, OARSA action types, initial status,
// what a contract records, and nothing half-written. SQLite and PostgreSQL.

#include "scenarios/contract_scenario_fixture.hpp"

namespace pacte::testing {
namespace {

TEST_F(ContractScenario, EngagementUnderFifteenHoursWithoutExemptionIsRefused) {
  auto in = Engagement();
  in.weekly_hours = 10;
  auto r = app::CreateContract(store, clock, referent, person_id, in);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kInvalid);
  EXPECT_EQ(FieldMessage(r.error(), "weekly_hours"),
            "Le contrat d'engagement prévoit au moins 15 heures d'activité par semaine, sauf "
            "dispense motivée.");
  EXPECT_TRUE(ContractsOfPerson().empty());
  EXPECT_EQ(CountActions("contract.create"), 0);
}

TEST_F(ContractScenario, EngagementWithoutHoursIsRefused) {
  auto in = Engagement();
  in.weekly_hours.reset();
  auto r = app::CreateContract(store, clock, referent, person_id, in);
  ASSERT_FALSE(r);
  EXPECT_NE(FieldMessage(r.error(), "weekly_hours"), "");
}

TEST_F(ContractScenario, EngagementUnderFifteenHoursWithAnExemptionIsAccepted) {
  auto in = Engagement();
  in.weekly_hours = 6;
  in.exemption_reason = "sante";
  auto c = Create(in);
  EXPECT_EQ(c.record.fields.weekly_hours, 6.0);
  EXPECT_EQ(c.record.fields.exemption_reason, "sante");
}

TEST_F(ContractScenario, FractionalHoursAreKept) {
  auto in = Engagement();
  in.weekly_hours = 17.5;
  auto c = Create(in);
  EXPECT_EQ(Stored(c.id).record.fields.weekly_hours, 17.5);
}

TEST_F(ContractScenario, UnknownExemptionAndExemptionOnAnotherTypeAreRefused) {
  auto in = Engagement();
  in.weekly_hours = 5;
  in.exemption_reason = "fatigue";
  auto r = app::CreateContract(store, clock, referent, person_id, in);
  ASSERT_FALSE(r);
  EXPECT_EQ(FieldMessage(r.error(), "exemption_reason"), "Motif de dispense inconnu.");
  in.type = "cer_social";
  in.exemption_reason = "sante";
  r = app::CreateContract(store, clock, referent, person_id, in);
  ASSERT_FALSE(r);
  EXPECT_EQ(FieldMessage(r.error(), "exemption_reason"),
            "Une dispense d'heures d'activité ne concerne que le contrat d'engagement.");
}

TEST_F(ContractScenario, CerSocialNeedsNoHours) {
  auto in = Engagement();
  in.type = "cer_social";
  in.weekly_hours.reset();
  auto c = Create(in);
  EXPECT_EQ(c.record.fields.type, ContractType::kCerSocial);
  EXPECT_FALSE(c.record.fields.weekly_hours);
}

TEST_F(ContractScenario, EndBeforeStartIsRefusedOnEndsOn) {
  auto r = app::CreateContract(store, clock, referent, person_id,
                               Engagement("2026-03-01", "2026-02-01"));
  ASSERT_FALSE(r);
  EXPECT_EQ(FieldMessage(r.error(), "ends_on"),
            "La date de fin doit être postérieure à la date de début.");
  EXPECT_TRUE(ContractsOfPerson().empty());
}

TEST_F(ContractScenario, DurationShortcutGivesTheEnd) {
  auto in = Engagement("2026-03-01", "");
  in.duration_months = 6;
  EXPECT_EQ(Create(in).record.fields.ends_on, *ParseIsoDate("2026-08-31"));
  in = Engagement("2026-08-31", "");
  in.duration_months = 6;
  EXPECT_EQ(Create(in).record.fields.ends_on, *ParseIsoDate("2027-02-28"));
}

TEST_F(ContractScenario, DurationOutsideTheShortcutsIsRefused) {
  auto in = Engagement("2026-03-01", "");
  in.duration_months = 5;
  auto r = app::CreateContract(store, clock, referent, person_id, in);
  ASSERT_FALSE(r);
  EXPECT_EQ(FieldMessage(r.error(), "duration_months"),
            "Durée inconnue : choisissez 3, 6, 12 ou 24 mois.");
}

TEST_F(ContractScenario, DurationContradictingTheEndIsRefused) {
  auto in = Engagement("2026-03-01", "2026-12-31");
  in.duration_months = 3;
  auto r = app::CreateContract(store, clock, referent, person_id, in);
  ASSERT_FALSE(r);
  EXPECT_EQ(FieldMessage(r.error(), "duration_months"),
            "La durée choisie (3 mois) mène au 31/05/2026 : laissez la date de fin vide ou "
            "corrigez-la.");
}

TEST_F(ContractScenario, ActionTypeOutOfRangeIsRefusedOnItsIndexAndNothingIsWritten) {
  auto in = Engagement();
  in.actions = {{"Atelier CV", 2, std::nullopt}, {"Permis", 16, std::nullopt}};
  auto r = app::CreateContract(store, clock, referent, person_id, in);
  ASSERT_FALSE(r);
  EXPECT_EQ(FieldMessage(r.error(), "actions[1].action_type"),
            "Type d'action inconnu : choisir un type de 1 à 15.");
  EXPECT_EQ(FieldMessage(r.error(), "actions[0].action_type"), "");
  EXPECT_TRUE(ContractsOfPerson().empty());
}

TEST_F(ContractScenario, ActionsAreStoredInOrderWithTheirCatalogueLink) {
  auto in = Engagement();
  in.actions = {{"Atelier CV", 2, std::nullopt}, {"Permis B", 8, 42}, {"Logement", 9, std::nullopt}};
  auto c = Stored(Create(in).id);
  ASSERT_EQ(c.record.fields.actions.size(), 3u);
  EXPECT_EQ(c.record.fields.actions[1].label, "Permis B");
  EXPECT_EQ(c.record.fields.actions[1].action_type, 8);
  EXPECT_EQ(c.record.fields.actions[1].catalogue_action_id, 42);
  EXPECT_EQ(c.record.fields.actions[2].action_type, 9);
}

TEST_F(ContractScenario, DraftByDefaultRecordingStructureReferentAndAuthor) {
  auto c = Create(Engagement());
  EXPECT_EQ(c.record.status, ContractStatus::kBrouillon);
  EXPECT_EQ(c.structure_id, org.structure_id);
  EXPECT_EQ(c.referent_agent_id, referent_id);
  EXPECT_EQ(c.recorded_by, referent_id);
  EXPECT_EQ(c.version, 1);
  EXPECT_EQ(CountActions("contract.create"), 1);
  EXPECT_FALSE(Projection().contract_id);  // a draft is not the person's contract yet
}

TEST_F(ContractScenario, SignedStatusNeedsASignatureDate) {
  auto in = Engagement();
  in.status = "signe";
  auto r = app::CreateContract(store, clock, referent, person_id, in);
  ASSERT_FALSE(r);
  EXPECT_EQ(FieldMessage(r.error(), "signed_on"),
            "La date de signature est obligatoire pour un contrat signé.");
}

TEST_F(ContractScenario, DraftWithASignatureDateIsRefused) {
  auto in = Engagement();
  in.status = "brouillon";
  in.signed_on = "2026-03-01";
  auto r = app::CreateContract(store, clock, referent, person_id, in);
  ASSERT_FALSE(r);
  EXPECT_NE(FieldMessage(r.error(), "signed_on"), "");
}

TEST_F(ContractScenario, FinalStatusAtCreationAndFutureSignatureAreRefused) {
  auto in = Engagement();
  in.status = "termine";
  auto r = app::CreateContract(store, clock, referent, person_id, in);
  ASSERT_FALSE(r);
  EXPECT_NE(FieldMessage(r.error(), "status"), "");
  r = app::CreateContract(store, clock, referent, person_id, Signed(Engagement(), "2026-07-01"));
  ASSERT_FALSE(r);
  EXPECT_EQ(FieldMessage(r.error(), "signed_on"),
            "La date de signature ne peut pas être dans le futur.");
}

TEST_F(ContractScenario, SignedContractBecomesThePersonsContract) {
  auto c = Create(Signed(Engagement(), "2026-02-20"));
  EXPECT_EQ(c.record.status, ContractStatus::kSigne);
  auto p = Projection();
  EXPECT_EQ(p.contract_id, c.id);
  EXPECT_EQ(p.contract_type, "contrat_engagement");
  EXPECT_EQ(p.contract_ends_on, ParseIsoDate("2026-08-31"));
  EXPECT_EQ(p.last_contact_on, ParseIsoDate("2026-02-20"));
}

TEST_F(ContractScenario, AnotherStructuresReferentDoesNotSeeThePerson) {
  auto other = CreateTestStructure(db.store(), clock, "Autre CCAS");
  auto stranger_id = CreateAgent(db.store(), clock, settings, "autre@cd92.fr", {Role::kReferent},
                                 other.structure_id);
  auto stranger = ActorOf(stranger_id, Role::kReferent, other.structure_id);
  auto r = app::CreateContract(store, clock, stranger, person_id, Engagement());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kNotFound);
  auto c = Create(Engagement());
  auto read = app::GetContract(store, clock, stranger, c.id);
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().code, "contract.not_found");
}

TEST_F(ContractScenario, CoordinatorSeesButDoesNotEdit) {
  auto coordinator = ActorOf(referent_id, Role::kCoordinateur, std::nullopt);
  auto r = app::CreateContract(store, clock, coordinator, person_id, Engagement());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kForbidden);
  auto c = Create(Engagement());
  auto read = app::GetContract(store, clock, coordinator, c.id);
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_FALSE(read->can_edit);
  EXPECT_EQ(CountActions("contract.read"), 1);
}

TEST_F(ContractScenario, ListShowsTheCurrentContractAndIsAudited) {
  auto old = Create(Signed(Engagement("2025-09-01", "2026-02-28"), "2025-09-01"));
  auto current = Create(Signed(Engagement("2026-03-01", "2026-08-31"), "2026-03-01"));
  Create(Engagement("2026-09-01", "2027-02-28"));
  auto list = app::ListPersonContracts(store, clock, referent, person_id);
  ASSERT_TRUE(list) << list.error().message;
  ASSERT_EQ(list->contracts.size(), 3u);
  EXPECT_EQ(list->contracts.back().id, old.id);  // newest start first
  EXPECT_EQ(list->current_contract_id, current.id);
  EXPECT_TRUE(list->can_edit);
  EXPECT_EQ(list->person_name, "Awa MARTIN");
  EXPECT_EQ(CountActions("contract.list"), 1);
}

}  // namespace
}  // namespace pacte::testing
