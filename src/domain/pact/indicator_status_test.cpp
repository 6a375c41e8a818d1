#include "domain/pact/indicator_status.hpp"

#include <gtest/gtest.h>

namespace pacte {
namespace {

// Baseline 2015 = 40, targets 2016..2020 = 42, 44, 46, 48, 50: a step of 2 per year.
TargetPath RisingPath() {
  TargetPath p;
  p.baseline_year = 2015;
  p.baseline_value = 40;
  for (int y = 2016; y <= 2020; ++y) p.targets[y] = 40 + 2 * (y - 2015);
  return p;
}

TEST(IndicatorStatus, CodesAndLabels) {
  EXPECT_EQ(IndicatorStatusCode(IndicatorStatus::kEnAvance), "en_avance");
  EXPECT_EQ(IndicatorStatusCode(IndicatorStatus::kDansLaTrajectoire), "dans_la_trajectoire");
  EXPECT_EQ(IndicatorStatusCode(IndicatorStatus::kASurveiller), "a_surveiller");
  EXPECT_EQ(IndicatorStatusCode(IndicatorStatus::kEnRetard), "en_retard");
  EXPECT_EQ(IndicatorStatusCode(IndicatorStatus::kNonCalculable), "non_calculable");
  EXPECT_EQ(IndicatorStatusLabel(IndicatorStatus::kASurveiller), "À surveiller");
  EXPECT_EQ(IndicatorStatusLabel(IndicatorStatus::kNonCalculable), "Non calculable");
}

TEST(IndicatorStatus, ExpectedValueInterpolatesBetweenBaselineAndSparseTargets) {
  TargetPath p;
  p.baseline_year = 2015;
  p.baseline_value = 10;
  p.targets[2020] = 20;  // only the final target
  EXPECT_FALSE(ExpectedValue(p, 2014));
  EXPECT_DOUBLE_EQ(*ExpectedValue(p, 2015), 10);
  EXPECT_DOUBLE_EQ(*ExpectedValue(p, 2017), 14);
  EXPECT_DOUBLE_EQ(*ExpectedValue(p, 2020), 20);
  EXPECT_DOUBLE_EQ(*ExpectedValue(p, 2022), 20);  // stays at the last target
  EXPECT_DOUBLE_EQ(*YearlyStep(p), 2);
}

TEST(IndicatorStatus, ExpectedValueWithoutBaselineStartsAtTheFirstTarget) {
  TargetPath p;
  p.targets[2017] = 5;
  p.targets[2019] = 9;
  EXPECT_FALSE(ExpectedValue(p, 2016));
  EXPECT_DOUBLE_EQ(*ExpectedValue(p, 2018), 7);
  TargetPath empty;
  EXPECT_FALSE(ExpectedValue(empty, 2018));
  EXPECT_FALSE(YearlyStep(empty));
}

TEST(IndicatorStatus, HigherIsBetterThresholds) {
  const auto p = RisingPath();  // 2018 expected 46, step 2
  EXPECT_EQ(StatusAt(p, 2018, 48.0), IndicatorStatus::kEnAvance);           // +2 = one step
  EXPECT_EQ(StatusAt(p, 2018, 47.9), IndicatorStatus::kDansLaTrajectoire);  // +1.9
  EXPECT_EQ(StatusAt(p, 2018, 46.0), IndicatorStatus::kDansLaTrajectoire);  // on the path
  EXPECT_EQ(StatusAt(p, 2018, 45.0), IndicatorStatus::kASurveiller);        // −1 = −½ step
  EXPECT_EQ(StatusAt(p, 2018, 44.9), IndicatorStatus::kEnRetard);           // −1.1
}

TEST(IndicatorStatus, LowerIsBetterFlipsTheGap) {
  TargetPath p;  // a delay going from 60 days down to 30: step 6
  p.higher_is_better = false;
  p.baseline_year = 2015;
  p.baseline_value = 60;
  p.targets[2020] = 30;  // 2018 expected 42
  EXPECT_EQ(StatusAt(p, 2018, 36.0), IndicatorStatus::kEnAvance);
  EXPECT_EQ(StatusAt(p, 2018, 40.0), IndicatorStatus::kDansLaTrajectoire);
  EXPECT_EQ(StatusAt(p, 2018, 44.0), IndicatorStatus::kASurveiller);
  EXPECT_EQ(StatusAt(p, 2018, 46.0), IndicatorStatus::kEnRetard);
}

TEST(IndicatorStatus, FlatPathUsesFivePercentOfTheExpectedValue) {
  TargetPath p;
  p.baseline_year = 2015;
  p.baseline_value = 100;
  p.targets[2020] = 100;  // keep the level: scale 5
  EXPECT_EQ(StatusAt(p, 2018, 105.0), IndicatorStatus::kEnAvance);
  EXPECT_EQ(StatusAt(p, 2018, 100.0), IndicatorStatus::kDansLaTrajectoire);
  EXPECT_EQ(StatusAt(p, 2018, 97.5), IndicatorStatus::kASurveiller);
  EXPECT_EQ(StatusAt(p, 2018, 97.0), IndicatorStatus::kEnRetard);
}

TEST(IndicatorStatus, FlatPathAtZeroNeverDividesByZero) {
  TargetPath p;
  p.targets[2018] = 0;  // a single point: no step, expected 0
  EXPECT_EQ(StatusAt(p, 2018, 0.0), IndicatorStatus::kDansLaTrajectoire);
  EXPECT_EQ(StatusAt(p, 2018, -1.0), IndicatorStatus::kEnRetard);
}

TEST(IndicatorStatus, NoValueOrNoPathIsNonCalculable) {
  const auto p = RisingPath();
  EXPECT_EQ(StatusAt(p, 2018, std::nullopt), IndicatorStatus::kNonCalculable);
  EXPECT_EQ(StatusAt(p, 2014, 40.0), IndicatorStatus::kNonCalculable);  // before the path
  EXPECT_EQ(StatusAt(TargetPath{}, 2018, 40.0), IndicatorStatus::kNonCalculable);
}

TEST(IndicatorStatus, CurrentStatusUsesTheLatestYearWithAValue) {
  const auto p = RisingPath();
  std::map<int, std::optional<double>> values{
      {2016, 42.0}, {2017, 50.0}, {2018, 44.0}, {2019, std::nullopt}};
  auto latest = Latest(values);
  ASSERT_TRUE(latest);
  EXPECT_EQ(latest->year, 2018);
  EXPECT_EQ(CurrentStatus(p, values), IndicatorStatus::kEnRetard);  // 44 vs 46
  std::map<int, std::optional<double>> none{{2016, std::nullopt}};
  EXPECT_FALSE(Latest(none));
  EXPECT_EQ(CurrentStatus(p, none), IndicatorStatus::kNonCalculable);
}

}  // namespace
}  // namespace pacte
