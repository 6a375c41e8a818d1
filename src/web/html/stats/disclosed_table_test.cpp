#include "web/html/stats/disclosed_table.hpp"

#include <gtest/gtest.h>

namespace pacte::web {
namespace {

stats::DisclosedTable Sample(bool exact = false) {
  stats::CountTable t;
  t.title = "Personnes orientées";
  t.row_labels = {"Nord", "Sud"};
  t.column_labels = {"Social", "Professionnel"};
  t.cells = {{1234, 4}, {15, 20}};
  return stats::Disclose(t, stats::DisclosureRule{exact, 11});
}

TEST(DisclosedTableTest, PageJsonMarksHiddenCellsAndGroupsDigits) {
  auto j = DisclosedTableJson(Sample(), "Territoire");
  EXPECT_EQ(j["corner"], "Territoire");
  EXPECT_EQ(j["rows"][0]["cells"][1]["text"], "s");
  EXPECT_TRUE(j["rows"][0]["cells"][1]["hidden"].get<bool>());
  auto exact = DisclosedTableJson(Sample(true), "Territoire");
  EXPECT_EQ(exact["rows"][0]["cells"][0]["text"], "1\u00a0234");
  EXPECT_FALSE(exact["rows"][0]["cells"][1]["hidden"].get<bool>());
  EXPECT_EQ(exact["totals"]["total"]["text"], "1\u00a0273");
}

TEST(DisclosedTableTest, ApiJsonGivesNullForHiddenCounts) {
  auto j = DisclosedTableApiJson(Sample());
  EXPECT_TRUE(j["rows"][0]["values"][1].is_null());
  EXPECT_EQ(DisclosedTableApiJson(Sample(true))["rows"][1]["values"][0], 15);
  EXPECT_EQ(j["hidden_marker"], "s");
}

TEST(DisclosedTableTest, DownloadHasHeadersRowsAndTotals) {
  auto t = DisclosedTableDownload(Sample(), "Territoire", "Orientations");
  ASSERT_EQ(t.headers, (std::vector<std::string>{"Territoire", "Social", "Professionnel",
                                                 "Total"}));
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(std::get<std::string>(t.rows[0][2]), "s");
  auto exact = DisclosedTableDownload(Sample(true), "Territoire", "Orientations");
  EXPECT_EQ(std::get<long long>(exact.rows[1][1]), 15);
  EXPECT_EQ(std::get<std::string>(t.rows[2][0]), "Total");
}

TEST(DisclosedTableTest, RatesAndDaysInFrench) {
  EXPECT_EQ(RateText(0.4531), "45,3\u00a0%");
  EXPECT_EQ(RateText(std::nullopt), "s");
  EXPECT_EQ(DaysText(79.0), "79\u00a0j");
  EXPECT_EQ(DaysText(79.46), "79,5\u00a0j");
}

}  // namespace
}  // namespace pacte::web
