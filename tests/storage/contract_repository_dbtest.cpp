// SqlContractRepository on SQLite and PostgreSQL: a contract and its actions round-trip
// (fractional hours, order, catalogue link), updates are versioned and replace the actions,
// one renewal per contract, and the overlap query's day boundaries.

#include <gtest/gtest.h>

#include "app/ports/contract_repository.hpp"
#include "support/organisation_helpers.hpp"
#include "support/parcours_helpers.hpp"
#include "support/test_database.hpp"

namespace pacte::testing {
namespace {

class ContractRepositoryTest : public ::testing::Test {
 protected:
  TestDatabase db;
  app::ManualClock clock{*ParseIsoTimestamp("2026-06-01T09:00:00Z")};
  TestOrganisation org = CreateTestStructure(db.store(), clock);
  std::int64_t person_id = CreateTestPerson(db.store(), clock);

  app::NewContract Signed(const std::string& starts, const std::string& ends) {
    app::NewContract c;
    c.person_id = person_id;
    c.structure_id = org.structure_id;
    c.record.status = ContractStatus::kSigne;
    c.record.fields.type = ContractType::kContratEngagement;
    c.record.fields.signed_on = ParseIsoDate(starts);
    c.record.fields.starts_on = *ParseIsoDate(starts);
    c.record.fields.ends_on = *ParseIsoDate(ends);
    c.record.fields.weekly_hours = 17.5;
    c.record.fields.actions = {{"Atelier CV", 2, std::nullopt}, {"Permis B", 8, 42}};
    c.record.objectives = "Objectif";
    return c;
  }

  template <class F>
  auto InTx(F&& f) {
    return app::Write(db.store(), [&](app::UnitOfWork& uow) { return f(uow.Contracts()); });
  }
};

TEST_F(ContractRepositoryTest, ContractAndActionsRoundTrip) {
  auto id = InTx([&](app::ContractRepository& r) { return r.Insert(Signed("2026-01-01", "2026-06-30"), clock.Now()); });
  ASSERT_TRUE(id);
  auto c = InTx([&](app::ContractRepository& r) { return r.Find(*id); });
  ASSERT_TRUE(c);
  EXPECT_EQ(c->person_id, person_id);
  EXPECT_EQ(c->record.status, ContractStatus::kSigne);
  EXPECT_EQ(c->record.fields.weekly_hours, 17.5);
  EXPECT_EQ(c->record.fields.ends_on, *ParseIsoDate("2026-06-30"));
  ASSERT_EQ(c->record.fields.actions.size(), 2u);
  EXPECT_EQ(c->record.fields.actions[1].label, "Permis B");
  EXPECT_EQ(c->record.fields.actions[1].catalogue_action_id, 42);
  EXPECT_EQ(c->structure_id, org.structure_id);
  EXPECT_EQ(c->created_at, clock.Now());
  EXPECT_FALSE(c->renewed_by_id);
}

TEST_F(ContractRepositoryTest, UpdateIsVersionedAndReplacesActions) {
  auto id = *InTx([&](app::ContractRepository& r) { return r.Insert(Signed("2026-01-01", "2026-06-30"), clock.Now()); });
  auto c = *InTx([&](app::ContractRepository& r) { return r.Find(id); });
  c.record.fields.actions = {{"Logement", 9, std::nullopt}};
  c.record.fields.weekly_hours.reset();
  ASSERT_TRUE(InTx([&](app::ContractRepository& r) { return r.Update(id, 1, c.record, clock.Now()); }));
  auto stale = InTx([&](app::ContractRepository& r) { return r.Update(id, 1, c.record, clock.Now()); });
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, ErrorKind::kStale);
  auto missing = InTx([&](app::ContractRepository& r) { return r.Update(id + 100, 1, c.record, clock.Now()); });
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, "contract.not_found");
  auto after = *InTx([&](app::ContractRepository& r) { return r.Find(id); });
  EXPECT_EQ(after.version, 2);
  EXPECT_FALSE(after.record.fields.weekly_hours);
  ASSERT_EQ(after.record.fields.actions.size(), 1u);
  EXPECT_EQ(after.record.fields.actions[0].label, "Logement");
}

TEST_F(ContractRepositoryTest, AContractIsRenewedOnce) {
  auto first = *InTx([&](app::ContractRepository& r) { return r.Insert(Signed("2026-01-01", "2026-06-30"), clock.Now()); });
  auto renewal = Signed("2026-07-01", "2026-12-31");
  renewal.renews_contract_id = first;
  auto second = InTx([&](app::ContractRepository& r) { return r.Insert(renewal, clock.Now()); });
  ASSERT_TRUE(second);
  auto again = InTx([&](app::ContractRepository& r) { return r.Insert(renewal, clock.Now()); });
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, "contract.already_renewed");
  auto c = *InTx([&](app::ContractRepository& r) { return r.Find(first); });
  EXPECT_EQ(c.renewed_by_id, *second);
}

TEST_F(ContractRepositoryTest, OverlapCountsSharedDaysOfSignedContractsOnly) {
  auto id = *InTx([&](app::ContractRepository& r) { return r.Insert(Signed("2026-01-01", "2026-06-30"), clock.Now()); });
  auto draft = Signed("2026-01-01", "2026-12-31");
  draft.record.status = ContractStatus::kBrouillon;
  ASSERT_TRUE(InTx([&](app::ContractRepository& r) { return r.Insert(draft, clock.Now()); }));
  auto overlapping = [&](const char* a, const char* b, std::optional<std::int64_t> except) {
    std::vector<std::int64_t> ids;
    db.store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      ids = uow.Contracts().SignedOverlapping(person_id, *ParseIsoDate(a), *ParseIsoDate(b), except);
      return true;
    });
    return ids;
  };
  EXPECT_EQ(overlapping("2026-06-30", "2026-12-31", std::nullopt), std::vector<std::int64_t>{id});
  EXPECT_EQ(overlapping("2025-06-01", "2026-01-01", std::nullopt), std::vector<std::int64_t>{id});
  EXPECT_TRUE(overlapping("2026-07-01", "2026-12-31", std::nullopt).empty());
  EXPECT_TRUE(overlapping("2026-02-01", "2026-03-01", id).empty());
}

}  // namespace
}  // namespace pacte::testing
