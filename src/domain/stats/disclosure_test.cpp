#include "domain/stats/disclosure.hpp"

#include <gtest/gtest.h>

namespace pacte::stats {
namespace {

CountTable Table(std::vector<std::vector<long long>> cells) {
  CountTable t;
  t.title = "Test";
  for (std::size_t r = 0; r < cells.size(); ++r) t.row_labels.push_back("L" + std::to_string(r));
  for (std::size_t c = 0; c < cells.at(0).size(); ++c) {
    t.column_labels.push_back("C" + std::to_string(c));
  }
  t.cells = std::move(cells);
  return t;
}

TEST(DisclosureTest, SmallCountsAreHiddenButZeroIsShown) {
  auto d = Disclose(Table({{3, 40}, {0, 25}}), DisclosureRule{false, 11});
  EXPECT_TRUE(d.cells[0][0].Hidden());
  EXPECT_TRUE(d.cells[0][0].primary);
  EXPECT_EQ(d.cells[1][0].value, 0);
  EXPECT_EQ(d.cells[0][1].value, 40);
  EXPECT_EQ(d.total.value, 68);
}

TEST(DisclosureTest, ExactRuleHidesNothing) {
  auto d = Disclose(Table({{3, 40}}), DisclosureRule{true, 11});
  EXPECT_EQ(d.cells[0][0].value, 3);
  EXPECT_EQ(d.row_totals[0].value, 43);
}

TEST(DisclosureTest, RatesAndStatisticsOverSmallGroupsAreHidden) {
  const DisclosureRule rule{false, 11};
  EXPECT_FALSE(DisclosedRate(5, 8, rule).has_value());
  EXPECT_FALSE(DisclosedRate(0, 0, DisclosureRule{true, 11}).has_value());
  EXPECT_DOUBLE_EQ(*DisclosedRate(20, 40, rule), 0.5);
  EXPECT_FALSE(DisclosedRate(35, 40, rule).has_value());  // 5 would be the complement
  EXPECT_FALSE(DisclosedStatistic(42.0, 10, rule).has_value());
  EXPECT_DOUBLE_EQ(*DisclosedStatistic(42.0, 11, rule), 42.0);
}

}  // namespace
}  // namespace pacte::stats
