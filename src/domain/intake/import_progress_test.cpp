#include "domain/intake/import_progress.hpp"

#include <gtest/gtest.h>

namespace pacte::intake {
namespace {

TEST(ImportProgress, PercentRateAndTimeLeftFromTheCounters) {
  auto p = ComputeProgress(250, 1000, 50, 10);
  EXPECT_EQ(p.percent, 25);
  ASSERT_TRUE(p.units_per_second);
  EXPECT_DOUBLE_EQ(*p.units_per_second, 5.0);
  EXPECT_EQ(p.seconds_left, 30);
}

TEST(ImportProgress, UnknownTotalGivesNoPercentNorTimeLeft) {
  auto p = ComputeProgress(250, 0, 50, 10);
  EXPECT_FALSE(p.percent);
  EXPECT_FALSE(p.seconds_left);
  EXPECT_TRUE(p.units_per_second);
}

TEST(ImportProgress, NoPaceBeforeOneSecondNorBeforeTheFirstUnit) {
  auto early = ComputeProgress(10, 100, 1, 0);
  EXPECT_EQ(early.percent, 10);
  EXPECT_FALSE(early.units_per_second);
  EXPECT_FALSE(early.seconds_left);
  auto nothing = ComputeProgress(0, 100, 0, 5);
  EXPECT_EQ(nothing.percent, 0);
  EXPECT_FALSE(nothing.seconds_left);
}

TEST(ImportProgress, FinishedAndOverreadClampAtOneHundred) {
  EXPECT_EQ(ComputeProgress(100, 100, 9, 3).seconds_left, 0);
  EXPECT_EQ(ComputeProgress(130, 100, 9, 3).percent, 100);
  EXPECT_EQ(ComputeProgress(-5, 100, -1, -3).percent, 0);
}

TEST(ImportProgress, TimeLeftRoundsUp) {
  EXPECT_EQ(ComputeProgress(3, 10, 3, 1).seconds_left, 3);  // 7 / 3 per second = 2.33 → 3
}

}  // namespace
}  // namespace pacte::intake
