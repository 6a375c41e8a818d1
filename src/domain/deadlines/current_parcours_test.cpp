// Which facts belong to the current parcours: D&D period, exit, return with a new right.

#include "domain/deadlines/current_parcours.hpp"

#include <gtest/gtest.h>

#include "domain/deadlines/due_scenario_test.hpp"

namespace pacte {
namespace {

using test_support::Day;

PersonParcoursSnapshot Person(const char* dd_since, const char* exited_on = "") {
  PersonParcoursSnapshot p;
  p.dd_since = test_support::MaybeDay(dd_since);
  p.exited_on = test_support::MaybeDay(exited_on);
  p.orientation = test_support::ReadOrientation("social 2024-07-01");
  return p;
}

TEST(CurrentParcours, ObligedTable) {
  struct Row {
    const char* dd_since;
    const char* exited_on;
    const char* today;
    bool obliged;
    bool oriented;
  };
  const Row rows[] = {
      {"", "", "2025-01-01", false, true},                      // not in D&D
      {"2024-06-01", "", "2025-01-01", true, true},             // in D&D
      {"2025-01-02", "", "2025-01-01", false, true},            // enters tomorrow
      {"2024-06-01", "2024-09-01", "2025-01-01", false, true},  // exited
      {"2024-06-01", "2025-02-01", "2025-01-01", true, true},   // exit not yet in effect
      {"2024-06-01", "2024-06-01", "2025-01-01", false, true},  // exited on entry day
      {"2024-10-01", "2024-09-01", "2025-01-01", true, false},  // back with a new right
      {"2024-06-01", "", "2024-06-30", true, false},            // orientation not yet decided
  };
  for (const auto& row : rows) {
    auto current = ReadCurrentParcours(Person(row.dd_since, row.exited_on), Day(row.today));
    EXPECT_EQ(current.obliged, row.obliged) << row.dd_since << " / " << row.exited_on;
    EXPECT_EQ(current.orientation.has_value(), row.oriented)
        << row.dd_since << " / " << row.exited_on;
  }
}

TEST(CurrentParcours, OrientationAfterThePreviousExitCounts) {
  auto p = Person("2024-10-01", "2024-09-01");
  p.orientation = test_support::ReadOrientation("professionnel 2024-09-02");
  auto current = ReadCurrentParcours(p, Day("2025-01-01"));
  ASSERT_TRUE(current.orientation);
  EXPECT_EQ(current.previous_exit, Day("2024-09-01"));
}

TEST(ContractDays, SignatureAndLastDay) {
  auto c = test_support::ReadContract("cer_social signe 2024-06-01..2024-11-30", 1);
  EXPECT_EQ(SignatureDay(c), Day("2024-06-01"));
  EXPECT_EQ(LastDay(c), Day("2024-11-30"));
  c.signed_on = Day("2024-05-20");
  EXPECT_EQ(SignatureDay(c), Day("2024-05-20"));
  c.closed_on = Day("2024-08-01");
  EXPECT_EQ(LastDay(c), Day("2024-11-30")) << "a signed contract ignores closed_on";
  c.status = ContractStatus::kResilie;
  EXPECT_EQ(LastDay(c), Day("2024-08-01"));
  c.closed_on = Day("2025-01-15");
  EXPECT_EQ(LastDay(c), Day("2024-11-30")) << "never after the end";
  c.status = ContractStatus::kTermine;
  c.closed_on.reset();
  EXPECT_EQ(LastDay(c), Day("2024-11-30"));
}

TEST(ContractCounts, DraftsPreviousParcoursAndThe2025Restart) {
  const auto rules = DefaultDeadlineRules();
  CurrentParcours current;
  auto c = test_support::ReadContract("cer_social signe 2024-10-01..2025-09-30", 1);
  EXPECT_TRUE(CountsForParcours(c, current, rules)) << "no orientation: any signed contract";
  c.status = ContractStatus::kBrouillon;
  EXPECT_FALSE(CountsForParcours(c, current, rules));
  c.status = ContractStatus::kSigne;

  current.orientation = test_support::ReadOrientation("professionnel 2024-11-04");
  EXPECT_TRUE(CountsForParcours(c, current, rules)) << "2009: signed before, still counts";
  current.orientation = test_support::ReadOrientation("professionnel 2025-03-03");
  EXPECT_FALSE(CountsForParcours(c, current, rules)) << "2025: the orientation restarts";
  c.signed_on = Day("2025-03-03");
  EXPECT_TRUE(CountsForParcours(c, current, rules)) << "signed the day of the orientation";

  current.previous_exit = Day("2025-03-03");
  EXPECT_FALSE(CountsForParcours(c, current, rules)) << "belongs to a closed parcours";
}

}  // namespace
}  // namespace pacte
