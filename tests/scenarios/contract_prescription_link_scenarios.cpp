// A contract action carries out a prescription of the same person (issue 4): the link is
// stored and read back, the prescribed action fills an empty catalogue link, and a
// prescription of another person (or none at all) is refused with nothing written, on
// creation, change and renewal. SQLite and PostgreSQL.

#include "scenarios/contract_scenario_fixture.hpp"
#include "support/offer_helpers.hpp"

namespace pacte::testing {
namespace {

class ContractPrescriptionLink : public ContractScenario {
 protected:
  TestOrganisation operator_org = CreateTestStructure(db.store(), clock, "Opérateur");
  std::int64_t action_id = CreateTestAction(db.store(), clock, operator_org.structure_id);
  std::int64_t other_action_id = CreateTestAction(db.store(), clock, operator_org.structure_id,
                                                  {.name = "Atelier numérique"});
  std::int64_t mine = CreateTestPrescription(
      db.store(), clock, {.person_id = person_id, .action_id = action_id, .status = "acceptee"});
  std::int64_t someone = CreateTestPerson(db.store(), clock, {.last_name = "Durand", .dd_since = "2025-01-06"});
  std::int64_t theirs =
      CreateTestPrescription(db.store(), clock, {.person_id = someone, .action_id = action_id});

  static app::ContractInput Linked(std::optional<std::int64_t> prescription,
                                   std::optional<std::int64_t> catalogue = std::nullopt) {
    auto in = Engagement();
    in.actions = {{"Atelier CV", 2, std::nullopt},
                  {"Atelier mobilité", 7, catalogue, prescription}};
    return in;
  }
};

TEST_F(ContractPrescriptionLink, TheLinkIsStoredAndTheCatalogueActionFilledFromIt) {
  auto created = app::CreateContract(store, clock, referent, person_id, Linked(mine));
  ASSERT_TRUE(created) << created.error().message;
  const auto stored = Stored(created->id);
  ASSERT_EQ(stored.record.fields.actions.size(), 2u);
  EXPECT_FALSE(stored.record.fields.actions[0].prescription_id.has_value());
  EXPECT_EQ(stored.record.fields.actions[1].prescription_id, mine);
  EXPECT_EQ(stored.record.fields.actions[1].catalogue_action_id, action_id)
      << "an empty catalogue link takes the prescribed action";
  EXPECT_EQ(app::InputOf(stored.record).actions[1].prescription_id, mine);
}

TEST_F(ContractPrescriptionLink, AGivenCatalogueActionIsKept) {
  auto created =
      app::CreateContract(store, clock, referent, person_id, Linked(mine, other_action_id));
  ASSERT_TRUE(created) << created.error().message;
  const auto& a = Stored(created->id).record.fields.actions[1];
  EXPECT_EQ(a.prescription_id, mine);
  EXPECT_EQ(a.catalogue_action_id, other_action_id);
}

TEST_F(ContractPrescriptionLink, APrescriptionOfAnotherPersonIsRefusedWithNothingWritten) {
  auto refused = app::CreateContract(store, clock, referent, person_id, Linked(theirs));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::kInvalid);
  EXPECT_EQ(refused.error().code, "contract.invalid");
  EXPECT_EQ(FieldMessage(refused.error(), "actions[1].prescription_id"),
            "Cette prescription concerne une autre personne.");
  EXPECT_TRUE(ContractsOfPerson().empty());
  EXPECT_EQ(CountActions("contract.create"), 0);
}

TEST_F(ContractPrescriptionLink, AnUnknownPrescriptionIsRefused) {
  auto refused = app::CreateContract(store, clock, referent, person_id, Linked(theirs + 1000));
  ASSERT_FALSE(refused);
  EXPECT_EQ(FieldMessage(refused.error(), "actions[1].prescription_id"),
            "Cette prescription n'existe pas.");
  EXPECT_TRUE(ContractsOfPerson().empty());
}

TEST_F(ContractPrescriptionLink, AChangeLinksOnlyThePersonsPrescriptions) {
  auto draft = Create(Engagement());
  app::ContractChanges foreign;
  foreign.actions = Linked(theirs).actions;
  auto refused = app::ChangeContract(store, clock, referent, draft.id, draft.version, foreign);
  ASSERT_FALSE(refused);
  EXPECT_EQ(FieldMessage(refused.error(), "actions[1].prescription_id"),
            "Cette prescription concerne une autre personne.");
  const auto unchanged = Stored(draft.id);
  EXPECT_EQ(unchanged.version, draft.version);
  ASSERT_EQ(unchanged.record.fields.actions.size(), 1u);
  EXPECT_EQ(CountActions("contract.update"), 0);

  app::ContractChanges own;
  own.actions = Linked(mine).actions;
  auto changed = app::ChangeContract(store, clock, referent, draft.id, draft.version, own);
  ASSERT_TRUE(changed) << changed.error().message;
  const auto& a = Stored(draft.id).record.fields.actions.at(1);
  EXPECT_EQ(a.prescription_id, mine);
  EXPECT_EQ(a.catalogue_action_id, action_id);
}

TEST_F(ContractPrescriptionLink, ARenewalRefusesAnotherPersonsPrescription) {
  auto previous = Create(Signed(Linked(mine), "2026-03-01"));
  ASSERT_EQ(Stored(previous.id).record.fields.actions.at(1).prescription_id, mine);
  app::ContractChanges renewal;
  renewal.duration_months = 6;
  renewal.actions = Linked(theirs).actions;
  auto refused = app::RenewContract(store, clock, referent, previous.id, renewal);
  ASSERT_FALSE(refused);
  EXPECT_EQ(FieldMessage(refused.error(), "actions[1].prescription_id"),
            "Cette prescription concerne une autre personne.");
  EXPECT_EQ(ContractsOfPerson().size(), 1u);
  EXPECT_EQ(Stored(previous.id).record.status, ContractStatus::kSigne)
      << "the renewed contract is not ended when the renewal is refused";
}

}  // namespace
}  // namespace pacte::testing
