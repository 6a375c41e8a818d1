// Hand-computed examples of disclosure control (the random-grid properties are in
// disclosure_property_test.cpp).
#include "domain/stats/disclosure.hpp"

#include <gtest/gtest.h>

namespace pacte::stats {
namespace {

const DisclosureRule kAggregates{false, 11};

CountTable Table(std::vector<std::vector<long long>> cells, bool with_totals = true) {
  CountTable t;
  t.title = "Test";
  for (std::size_t r = 0; r < cells.size(); ++r) t.row_labels.push_back("L" + std::to_string(r));
  for (std::size_t c = 0; c < cells.at(0).size(); ++c) {
    t.column_labels.push_back("C" + std::to_string(c));
  }
  t.cells = std::move(cells);
  t.with_totals = with_totals;
  return t;
}

// The cells as text, "s" for hidden: one string per row.
std::vector<std::string> Pattern(const DisclosedTable& d) {
  std::vector<std::string> out;
  for (const auto& row : d.cells) {
    std::string line;
    for (const auto& c : row) {
      if (!line.empty()) line += ' ';
      line += c.Hidden() ? "s" : std::to_string(*c.value);
    }
    out.push_back(line);
  }
  return out;
}

TEST(DisclosureTest, SmallCountIsHiddenWithAPartnerOnItsRowAndZeroIsShown) {
  auto d = Disclose(Table({{3, 40}, {0, 25}}), kAggregates);
  EXPECT_EQ(Pattern(d), (std::vector<std::string>{"s s", "0 25"}));
  EXPECT_TRUE(d.cells[0][0].primary);
  EXPECT_FALSE(d.cells[0][0].secondary);
  EXPECT_TRUE(d.cells[0][1].secondary);
  EXPECT_FALSE(d.cells[0][1].primary);
  EXPECT_EQ(d.row_totals[0].value, 43);
  EXPECT_EQ(d.row_totals[1].value, 25);
  // Column 0 totals 3 (small); column 1 would give 65 - 25 = 40, then 43 - 40 = 3.
  EXPECT_TRUE(d.column_totals[0].primary);
  EXPECT_TRUE(d.column_totals[1].secondary);
  EXPECT_EQ(d.total.value, 68);
}

TEST(DisclosureTest, SecondarySuppressionFormsARectangleWhenOneExists) {
  auto d = Disclose(Table({{3, 40, 25}, {20, 30, 50}}), kAggregates);
  EXPECT_EQ(Pattern(d), (std::vector<std::string>{"s 40 s", "s 30 s"}));
  EXPECT_EQ(d.row_totals[0].value, 68);
  EXPECT_EQ(d.row_totals[1].value, 100);
  EXPECT_EQ(d.column_totals[0].value, 23);
  EXPECT_EQ(d.column_totals[2].value, 75);
  EXPECT_EQ(d.total.value, 168);
}

TEST(DisclosureTest, HiddenRowTotalCannotBeRecomputedFromTheOtherTotals) {
  // Row 0 totals 8: shown, it would be 78 - 70; so row 1's total is hidden too.
  auto d = Disclose(Table({{5, 3}, {30, 40}}), kAggregates);
  EXPECT_EQ(Pattern(d), (std::vector<std::string>{"s s", "s s"}));
  EXPECT_TRUE(d.row_totals[0].primary);
  EXPECT_TRUE(d.row_totals[1].secondary);
  EXPECT_EQ(d.column_totals[0].value, 35);
  EXPECT_EQ(d.column_totals[1].value, 43);
  EXPECT_EQ(d.total.value, 78);
}

TEST(DisclosureTest, SingleRowHidesAPartnerCellAndTheirColumnTotals) {
  auto d = Disclose(Table({{4, 50, 60}}), kAggregates);
  EXPECT_EQ(Pattern(d), (std::vector<std::string>{"s s 60"}));
  EXPECT_TRUE(d.column_totals[0].Hidden());
  EXPECT_TRUE(d.column_totals[1].Hidden());
  EXPECT_EQ(d.column_totals[2].value, 60);
  EXPECT_EQ(d.row_totals[0].value, 114);
  EXPECT_EQ(d.total.value, 114);
}

TEST(DisclosureTest, SingleColumnHidesAPartnerCellAndTheirRowTotals) {
  auto d = Disclose(Table({{4}, {50}, {60}}), kAggregates);
  EXPECT_EQ(Pattern(d), (std::vector<std::string>{"s", "s", "60"}));
  EXPECT_TRUE(d.row_totals[0].Hidden());
  EXPECT_TRUE(d.row_totals[1].Hidden());
  EXPECT_EQ(d.row_totals[2].value, 60);
  EXPECT_EQ(d.total.value, 114);
}

TEST(DisclosureTest, AHiddenCellJoiningTwoProtectedBlocksIsProtectedToo) {
  // After the line rule alone, every line holds 0 or >= 2 hidden counts, yet cell [1][1]
  // (5) is the only link between the block rows 0-1 × columns 0, 3 and the block rows 2-3 ×
  // columns 1, 4: the totals of columns 1 and 4 minus those of rows 2 and 3 isolate it. The
  // cycle rule hides the cheapest rectangle through it ([1][4] = 7, [2][4], [2][1]).
  auto d = Disclose(Table({{3, 170, 219, 5, 295},
                           {7, 5, 0, 5, 7},
                           {105, 3, 0, 126, 8},
                           {63, 2, 0, 8, 5},
                           {97, 153, 225, 114, 131}}),
                    DisclosureRule{false, 6});
  EXPECT_EQ(Pattern(d), (std::vector<std::string>{"s 170 219 s 295", "s s 0 s s",
                                                  "105 s 0 126 s", "63 s 0 8 s",
                                                  "97 153 225 114 131"}));
}

TEST(DisclosureTest, ZerosStayShownNextToHiddenCells) {
  auto d = Disclose(Table({{0, 5, 20}, {0, 30, 40}}), kAggregates);
  EXPECT_EQ(Pattern(d), (std::vector<std::string>{"0 s s", "0 s s"}));
  EXPECT_EQ(d.column_totals[0].value, 0);
}

TEST(DisclosureTest, NoSmallCountHidesNothing) {
  auto d = Disclose(Table({{0, 12, 20}, {11, 30, 0}}), kAggregates);
  EXPECT_EQ(Pattern(d), (std::vector<std::string>{"0 12 20", "11 30 0"}));
  EXPECT_EQ(d.total.value, 73);
}

TEST(DisclosureTest, WithoutTotalsTheMarginsAreOmittedAndTheGrandTotalProtected) {
  auto d = Disclose(Table({{4, 50}, {60, 70}}, false), kAggregates);
  EXPECT_EQ(Pattern(d), (std::vector<std::string>{"s s", "60 70"}));
  EXPECT_FALSE(d.with_totals);
  for (const auto& t : d.row_totals) EXPECT_TRUE(t.omitted && t.Hidden());
  for (const auto& t : d.column_totals) EXPECT_TRUE(t.omitted && t.Hidden());
  EXPECT_EQ(d.total.value, 184);
}

TEST(DisclosureTest, ThresholdIsConfigurable) {
  auto d = Disclose(Table({{4, 50}, {60, 70}}), DisclosureRule{false, 4});
  EXPECT_EQ(Pattern(d), (std::vector<std::string>{"4 50", "60 70"}));
}

TEST(DisclosureTest, ExactRuleHidesNothing) {
  auto d = Disclose(Table({{3, 40}}), DisclosureRule{true, 11});
  EXPECT_EQ(d.cells[0][0].value, 3);
  EXPECT_EQ(d.row_totals[0].value, 43);
  EXPECT_EQ(d.column_totals[0].value, 3);
}

TEST(DisclosureTest, ShortRowsArePaddedWithZerosAndEmptyTablesWork) {
  CountTable t = Table({{20, 30}});
  t.cells[0].pop_back();
  auto d = Disclose(t, kAggregates);
  EXPECT_EQ(Pattern(d), (std::vector<std::string>{"20 0"}));
  CountTable empty;
  empty.column_labels = {"A"};
  auto e = Disclose(empty, kAggregates);
  EXPECT_TRUE(e.cells.empty());
  EXPECT_EQ(e.total.value, 0);
}

TEST(DisclosureTest, RatesAndStatisticsOverSmallGroupsAreHidden) {
  EXPECT_FALSE(DisclosedRate(5, 8, kAggregates).has_value());
  EXPECT_FALSE(DisclosedRate(0, 0, DisclosureRule{true, 11}).has_value());
  EXPECT_FALSE(DisclosedRate(0, 10, kAggregates).has_value());  // 10 persons: too few
  EXPECT_DOUBLE_EQ(*DisclosedRate(0, 11, kAggregates), 0.0);
  EXPECT_DOUBLE_EQ(*DisclosedRate(20, 40, kAggregates), 0.5);
  EXPECT_FALSE(DisclosedRate(35, 40, kAggregates).has_value());  // 5 would be the complement
  EXPECT_FALSE(DisclosedRate(3, 40, kAggregates).has_value());
  EXPECT_DOUBLE_EQ(*DisclosedRate(3, 8, DisclosureRule{true, 11}), 0.375);
  EXPECT_FALSE(DisclosedStatistic(42.0, 10, kAggregates).has_value());
  EXPECT_DOUBLE_EQ(*DisclosedStatistic(42.0, 11, kAggregates), 42.0);
  EXPECT_FALSE(DisclosedStatistic(std::nullopt, 50, kAggregates).has_value());
  EXPECT_DOUBLE_EQ(*DisclosedStatistic(42.0, 1, DisclosureRule{true, 11}), 42.0);
}

TEST(DisclosureTest, RateOfDisclosedCountsIsHiddenWhenEitherIs) {
  auto d = Disclose(Table({{3, 40, 25}, {20, 30, 50}}), kAggregates);
  EXPECT_FALSE(ShownRate(d.cells[1][0], d.row_totals[1]).has_value());  // secondary
  EXPECT_FALSE(ShownRate(d.cells[0][0], d.row_totals[0]).has_value());  // primary
  EXPECT_DOUBLE_EQ(*ShownRate(d.cells[1][1], d.row_totals[1]), 0.3);
  ShownCount zero;
  zero.value = 0;
  EXPECT_FALSE(ShownRate(d.cells[1][1], zero).has_value());
}

}  // namespace
}  // namespace pacte::stats
