#include "app/worklists/worklists.hpp"

#include <gtest/gtest.h>

namespace pacte::app {
namespace {

Date Day(const char* iso) { return *ParseIsoDate(iso); }

WorklistPerson InDd(std::int64_t id, const char* dd_since) {
  WorklistPerson p;
  p.person_id = id;
  p.snapshot.dd_since = Day(dd_since);
  return p;
}

TEST(CollectDue, ListsMostOverdueFirstWithDaysLate) {
  std::vector<WorklistPerson> persons{InDd(1, "2025-01-06"), InDd(2, "2024-12-02"),
                                      InDd(3, "2025-02-20")};
  auto entries = CollectDue(persons, DueKind::kOrientation, Day("2025-03-01"),
                            DefaultDeadlineRules());
  ASSERT_EQ(entries.size(), 2u);  // #3 is still on time
  EXPECT_EQ(entries[0].person_id, 2);
  EXPECT_EQ(entries[0].days_overdue, 27);
  EXPECT_EQ(entries[0].item.rule_regime, Regime::k2009);
  EXPECT_EQ(entries[1].person_id, 1);
  EXPECT_EQ(entries[1].days_overdue, 12);
}

TEST(CountDue, CountsEveryKindInOneOrder) {
  auto oriented = InDd(4, "2024-09-02");
  oriented.snapshot.orientation = OrientationFact{9, Day("2024-10-01"), Parcours::kSocial, false};
  oriented.snapshot.appointments = {{1, Day("2025-02-20"), AppointmentStatus::kAVenir},
                                    {2, Day("2025-02-21"), AppointmentStatus::kAVenir}};
  auto counts = CountDue({InDd(1, "2025-01-06"), oriented}, Day("2025-03-01"),
                         DefaultDeadlineRules());
  ASSERT_EQ(counts.size(), AllDueKinds().size());
  std::map<DueKind, std::int64_t> by_kind;
  for (const auto& c : counts) by_kind[c.kind] = c.count;
  EXPECT_EQ(counts.front().kind, DueKind::kOrientation);
  EXPECT_EQ(by_kind[DueKind::kOrientation], 1);
  EXPECT_EQ(by_kind[DueKind::kContract], 1);
  EXPECT_EQ(by_kind[DueKind::kSocialReview], 0);  // due on 2025-04-01
  EXPECT_EQ(by_kind[DueKind::kAppointmentUnrecorded], 2);
  EXPECT_EQ(by_kind[DueKind::kNoRecentAppointment], 1);
}

}  // namespace
}  // namespace pacte::app
