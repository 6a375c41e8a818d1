#include "domain/stats/dashboard.hpp"

#include <gtest/gtest.h>

#include "domain/stats/testing/dashboard_population.hpp"

namespace pacte::stats {
namespace {

using testing::D;
using testing::DashboardPopulation;
using testing::FactsBuilder;

DashboardFigures Compute(GroupBy g, const char* as_of = "2020-12-31", int months = 12) {
  DashboardAccumulator acc(D(as_of), g, months);
  for (const auto& p : DashboardPopulation()) acc.Add(p);
  return std::move(acc).Finish();
}

TEST(Dashboard, FunnelTotals) {
  const auto f = Compute(GroupBy::kNone);
  EXPECT_EQ(f.persons, 5);
  const std::array<long long, kFunnelStages> expected{4, 3, 2, 2, 1, 1};
  EXPECT_EQ(f.total.funnel, expected);
  EXPECT_TRUE(f.groups.empty());
}

TEST(Dashboard, DelaysMeanMedianP90) {
  const auto f = Compute(GroupBy::kNone);
  const auto orient = f.total.entry_to_orientation.Summary();  // 45, 92, 31
  EXPECT_EQ(orient.count, 3);
  EXPECT_DOUBLE_EQ(*orient.mean, 56.0);
  EXPECT_DOUBLE_EQ(*orient.median, 45.0);
  EXPECT_DOUBLE_EQ(*orient.p90, 92.0);
  const auto referent = f.total.orientation_to_referent.Summary();  // 16, 9
  EXPECT_DOUBLE_EQ(*referent.median, 12.5);
  const auto contract = f.total.orientation_to_contract.Summary();  // 47, 28
  EXPECT_DOUBLE_EQ(*contract.mean, 37.5);
  EXPECT_EQ(f.total.prescription_to_entry.Count(), 1);
}

TEST(Dashboard, GroupedByTerritory) {
  const auto f = Compute(GroupBy::kTerritory);
  ASSERT_EQ(f.groups.size(), 2u);
  const std::array<long long, kFunnelStages> t1{2, 1, 1, 1, 1, 1};
  const std::array<long long, kFunnelStages> t2{2, 2, 1, 1, 0, 0};
  EXPECT_EQ(f.groups.at("1").funnel, t1);
  EXPECT_EQ(f.groups.at("2").funnel, t2);
  EXPECT_EQ(f.groups.at("2").exits.at("emploi_durable"), 1);
}

TEST(Dashboard, GroupedByStructureReferentYearAndMonth) {
  EXPECT_EQ(Compute(GroupBy::kStructure).groups.at("7").funnel[0], 2);
  EXPECT_EQ(Compute(GroupBy::kStructure).groups.at("").funnel[0], 1);  // person 3
  EXPECT_EQ(Compute(GroupBy::kReferent).groups.at("70").funnel[1], 1);
  const auto years = Compute(GroupBy::kYear).groups;
  EXPECT_EQ(years.at("2020").funnel[0], 2);
  EXPECT_EQ(years.at("2019").funnel[0], 2);
  EXPECT_EQ(Compute(GroupBy::kMonth).groups.at("2020-10").funnel[0], 1);
  EXPECT_EQ(Compute(GroupBy::kCommune).groups.at("92004").funnel[1], 2);
}

TEST(Dashboard, CoverageMixPrescriptionsAndCommunes) {
  const auto f = Compute(GroupBy::kNone);
  EXPECT_EQ(f.total.oriented_now, 2);       // persons 1 and 2
  EXPECT_EQ(f.total.with_contract_now, 0);  // person 1's contract ended on 2020-11-30
  EXPECT_EQ((f.orientation_mix.at({"departement", "social"})), 1);
  EXPECT_EQ((f.orientation_mix.at({"france_travail", "professionnel"})), 1);
  const std::array<long long, 3> emploi{1, 0, 0};
  const std::array<long long, 3> freins{0, 1, 0};
  EXPECT_EQ(f.prescriptions.at("acceder_emploi"), emploi);
  EXPECT_EQ(f.prescriptions.at("lever_freins_sociaux"), freins);
  const std::array<long long, 2> c92002{2, 1};
  EXPECT_EQ(f.communes.at("92002"), c92002);
}

TEST(Dashboard, MonthlyTrendInOnePass) {
  const auto f = Compute(GroupBy::kNone);
  ASSERT_EQ(f.trend.size(), 12u);
  EXPECT_EQ(f.trend.front().month_end, D("2020-01-31"));
  EXPECT_EQ(f.trend.front().dd, 2);  // persons 2 and 5
  EXPECT_EQ(f.trend.front().oriented, 2);
  EXPECT_EQ(f.trend.front().with_contract, 0);
  EXPECT_EQ(f.trend[10].month_end, D("2020-11-30"));
  EXPECT_EQ(f.trend[10].dd, 3);
  EXPECT_EQ(f.trend[10].with_contract, 1);
  EXPECT_EQ(f.trend.back().month_end, D("2020-12-31"));
  EXPECT_EQ(f.trend.back().with_contract, 0);
}

TEST(Dashboard, MonthEndsStopBeforeAnUnfinishedMonth) {
  const auto ends = MonthEndsBefore(D("2021-03-15"), 3);
  ASSERT_EQ(ends.size(), 3u);
  EXPECT_EQ(ends[0], D("2020-12-31"));
  EXPECT_EQ(ends[1], D("2021-01-31"));
  EXPECT_EQ(ends[2], D("2021-02-28"));
}

TEST(Dashboard, AsOfAPastDateReproducesThePastFigures) {
  const auto f = Compute(GroupBy::kNone, "2019-12-31");
  // 2019: persons 2 (oriented, no référent), 4 (left 2019-06-01), 5 (4 stages… no action).
  const std::array<long long, kFunnelStages> expected{3, 2, 1, 1, 0, 0};
  EXPECT_EQ(f.total.funnel, expected);
}

TEST(Dashboard, PersonsOutsideTheYearMakeNoGroup) {
  // A person who left D&D in 2019, with an exit in 2019 only: nothing to count in the year
  // ending 31/12/2020, so no row of zeros for their territory.
  std::vector<PersonFacts> people{
      FactsBuilder(4).Lives("99999", 9).Dd("2018-01-01").Closed("2019-06-01")
          .Exit("2019-06-01", "fin_de_droit").Build()};
  DashboardAccumulator acc(D("2020-12-31"), GroupBy::kTerritory);
  for (const auto& p : people) acc.Add(p);
  EXPECT_TRUE(std::move(acc).Finish().groups.empty());
}

TEST(Dashboard, GroupCodesRoundTrip) {
  for (auto g : {GroupBy::kNone, GroupBy::kTerritory, GroupBy::kCommune, GroupBy::kStructure,
                 GroupBy::kReferent, GroupBy::kYear, GroupBy::kMonth}) {
    EXPECT_EQ(ParseGroupBy(GroupByCode(g)), g);
  }
  EXPECT_FALSE(ParseGroupBy("nom"));
}

}  // namespace
}  // namespace pacte::stats
