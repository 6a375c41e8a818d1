// The rights history in storage, "as known at" any instant, on SQLite and PostgreSQL.

#include "beneficiary_fixture.hpp"

namespace pacte::testing {
namespace {

TEST_F(BeneficiaryStorageTest, RightsHistoryRoundTrip) {
  std::int64_t household = AddHousehold("12345678901");
  std::int64_t person = AddPerson(NewPerson("Lefèvre", "Jean", D(1985, May, 12)), household);
  RightsState payable = State("2", DdFlag::kYes);
  RightsState suspended = State("4", DdFlag::kYes);
  suspended.suspension_reason = "06";
  RightsState closed = State("5", DdFlag::kYes);
  closed.closure_reason = "PCD";
  closed.closure_date = D(2026, April, 30);
  closed.homeless = true;
  Timestamp at = T("2026-01-05T08:00:00Z");
  EXPECT_EQ(Observe(person, household, D(2026, January, 1), payable, at),
            ObservationEffect::kAppended);
  EXPECT_EQ(Observe(person, household, D(2026, February, 1), payable, at),
            ObservationEffect::kUnchanged);
  EXPECT_EQ(Observe(person, household, D(2026, March, 1), suspended, at),
            ObservationEffect::kAppended);
  EXPECT_EQ(Observe(person, household, D(2026, April, 1), payable, at),
            ObservationEffect::kAppended);
  EXPECT_EQ(Observe(person, household, D(2026, May, 1), closed, at), ObservationEffect::kAppended);

  RightsHistory built;
  for (auto [on, state] : std::vector<std::pair<Date, RightsState>>{{D(2026, January, 1), payable},
                                                                    {D(2026, March, 1), suspended},
                                                                    {D(2026, April, 1), payable},
                                                                    {D(2026, May, 1), closed}}) {
    built = ApplyObservation(built, on, state)->history;
  }
  auto stored = Read([&](app::BeneficiaryRepository& r) { return r.RightsHistoryOf(person); });
  EXPECT_EQ(stored, built);
  EXPECT_TRUE(IsWellFormed(stored));
  EXPECT_EQ(StateAsOf(stored, D(2026, March, 15)), suspended);
  EXPECT_FALSE(StateAsOf(stored, D(2025, December, 31)));
  EXPECT_EQ(DdSince(stored, D(2026, February, 10)), D(2026, January, 1));
  EXPECT_EQ(DdSince(stored, D(2026, April, 10)), D(2026, April, 1));
  EXPECT_FALSE(DdSince(stored, D(2026, May, 10)));
}

TEST_F(BeneficiaryStorageTest, CorrectionKeepsWhatWasKnownBefore) {
  std::int64_t household = AddHousehold("12345678901");
  std::int64_t person = AddPerson(NewPerson("Lefèvre", "Jean", D(1985, May, 12)), household);
  RightsState payable = State("2", DdFlag::kYes);
  RightsState refused = State("1", DdFlag::kYes);
  Timestamp t1 = T("2026-01-05T08:00:00Z");
  Timestamp t2 = T("2026-02-05T08:00:00Z");
  Timestamp t3 = T("2026-02-06T08:00:00Z");
  Observe(person, household, D(2026, January, 1), payable, t1);
  Observe(person, household, D(2026, February, 1), refused, t2);
  // A second file of the same date corrects February: the right is still payable.
  EXPECT_EQ(Observe(person, household, D(2026, February, 1), payable, t3),
            ObservationEffect::kMerged);

  auto now_known = Read([&](app::BeneficiaryRepository& r) { return r.RightsHistoryOf(person); });
  ASSERT_EQ(now_known.size(), 1u);
  EXPECT_FALSE(now_known[0].valid_to);
  EXPECT_EQ(DdSince(now_known, D(2026, February, 15)), D(2026, January, 1));

  auto before = Read([&](app::BeneficiaryRepository& r) {
    return r.RightsHistoryAsKnownAt(person, T("2026-02-05T12:00:00Z"));
  });
  ASSERT_EQ(before.size(), 2u);
  EXPECT_EQ(before[0].valid_to, D(2026, February, 1));
  EXPECT_EQ(StateAsOf(before, D(2026, February, 15)), refused);
  EXPECT_FALSE(DdSince(before, D(2026, February, 15)));
  auto first = Read([&](app::BeneficiaryRepository& r) {
    return r.RightsHistoryAsKnownAt(person, T("2026-01-06T00:00:00Z"));
  });
  ASSERT_EQ(first.size(), 1u);
  EXPECT_FALSE(first[0].valid_to);
  EXPECT_TRUE(Read([&](app::BeneficiaryRepository& r) {
                return r.RightsHistoryAsKnownAt(person, T("2026-01-01T00:00:00Z"));
              }).empty());

  // A plain correction (different from the previous row) supersedes the current row.
  RightsState suspended = State("3", DdFlag::kYes);
  Observe(person, household, D(2026, March, 1), refused, T("2026-03-05T08:00:00Z"));
  EXPECT_EQ(Observe(person, household, D(2026, March, 1), suspended, T("2026-03-06T08:00:00Z")),
            ObservationEffect::kCorrected);
  auto corrected = Read([&](app::BeneficiaryRepository& r) { return r.RightsHistoryOf(person); });
  ASSERT_EQ(corrected.size(), 2u);
  EXPECT_EQ(corrected[1].state, suspended);
  auto earlier = Read([&](app::BeneficiaryRepository& r) {
    return r.RightsHistoryAsKnownAt(person, T("2026-03-05T12:00:00Z"));
  });
  EXPECT_EQ(StateAsOf(earlier, D(2026, March, 2)), refused);
}

TEST_F(BeneficiaryStorageTest, ReplaceRightsRowsRefusesAStaleHistory) {
  std::int64_t household = AddHousehold("12345678901");
  std::int64_t person = AddPerson(NewPerson("Lefèvre", "Jean", D(1985, May, 12)), household);
  auto applied = ApplyObservation({}, D(2026, January, 1), State("2", DdFlag::kYes));
  ASSERT_TRUE(applied);
  EXPECT_TRUE(Write([&](app::BeneficiaryRepository& r) {
    return r.ReplaceRightsRows(person, household, *applied, "manual", now);
  }));
  // The same "first row" computed on a now outdated empty history.
  auto again = Write([&](app::BeneficiaryRepository& r) {
    return r.ReplaceRightsRows(person, household, *applied, "manual", now);
  });
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::kStale);
  EXPECT_EQ(Read([&](app::BeneficiaryRepository& r) { return r.RightsHistoryOf(person); }).size(),
            1u);
}

}  // namespace
}  // namespace pacte::testing
