#include "domain/deadlines/due_item.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pacte {
namespace {

Date D(const char* iso) { return *ParseIsoDate(iso); }

TEST(DueKinds, AreTheWorkListNamesOfTheApi) {
  std::vector<std::string> codes;
  for (DueKind k : AllDueKinds()) {
    EXPECT_EQ(ParseDueKind(DueKindCode(k)), k);
    EXPECT_FALSE(DueKindLabel(k).empty());
    codes.emplace_back(DueKindCode(k));
  }
  EXPECT_EQ(codes, (std::vector<std::string>{"orientation_overdue", "contract_overdue",
                                             "contract_expiring", "social_review_due",
                                             "no_recent_appointment", "appointment_unrecorded"}));
  EXPECT_FALSE(ParseDueKind("overdue"));
  EXPECT_EQ(DueKindLabel(DueKind::kAppointmentUnrecorded), "Rendez-vous à préciser");
}

TEST(WorkList, WhichItemsAreShown) {
  struct Row {
    DueKind kind;
    const char* due_on;
    bool overdue;
    bool shown;
  };
  const Date today = D("2025-03-10");
  const Row rows[] = {
      {DueKind::kOrientation, "2025-03-10", false, false},
      {DueKind::kOrientation, "2025-03-09", true, true},
      {DueKind::kContract, "2025-04-01", false, false},
      {DueKind::kContract, "2025-03-01", true, true},
      {DueKind::kSocialReview, "2025-03-11", false, false},
      {DueKind::kSocialReview, "2025-03-10", false, true},
      {DueKind::kSocialReview, "2025-02-10", true, true},
      {DueKind::kContractExpiring, "2025-04-01", false, true},
      {DueKind::kNoRecentAppointment, "2025-03-01", true, true},
      {DueKind::kAppointmentUnrecorded, "2025-03-09", true, true},
  };
  for (const auto& row : rows) {
    DueItem item{row.kind, D(row.due_on), row.overdue, D(row.due_on), Regime::k2025, 0};
    EXPECT_EQ(IsOnWorkList(item, today), row.shown) << DueKindCode(row.kind) << " " << row.due_on;
  }
}

}  // namespace
}  // namespace pacte
