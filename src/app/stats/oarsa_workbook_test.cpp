#include "app/stats/oarsa_workbook.hpp"

#include <gtest/gtest.h>

#include "domain/stats/testing/facts_builder.hpp"

namespace pacte::app {
namespace {

using stats::testing::FactsBuilder;

// 12 persons never oriented and one oriented to France Travail, all in D&D on 31/12/2020.
stats::OarsaCounts Population() {
  std::vector<stats::PersonFacts> people;
  for (int i = 1; i <= 12; ++i) people.push_back(FactsBuilder(i).Dd("2019-01-01").Build());
  people.push_back(FactsBuilder(13)
                       .Dd("2020-03-01")
                       .Oriented("2020-04-10", "professionnel", 1, "france_travail")
                       .Build());
  return stats::ComputeOarsaCounts(2020, people);
}

std::string Text(const TableCell& c) {
  if (const auto* s = std::get_if<std::string>(&c)) return *s;
  if (const auto* n = std::get_if<long long>(&c)) return std::to_string(*n);
  return std::to_string(std::get<double>(c));
}

TEST(OarsaWorkbookTest, OneSheetPerTableThenTheDefinitions) {
  const auto sheets = OarsaWorkbook(DiscloseOarsa(Population(), {true, 11}));
  ASSERT_EQ(sheets.size(), 7U);
  EXPECT_EQ(sheets[0].sheet_name, "Tableau 1");
  EXPECT_EQ(sheets[5].sheet_name, "Tableau 6");
  EXPECT_EQ(sheets[6].sheet_name, "Définitions");
  // Ensemble, then 7 + 3 + 5 + 6 + 5 modality rows.
  EXPECT_EQ(sheets[0].rows.size(), 1U + 26U);
  EXPECT_EQ(sheets[0].headers.back(), "Total");
  EXPECT_EQ(sheets[3].headers.size(), 2U + 15U);      // no total: a CER counts in several types
  EXPECT_EQ(sheets[4].headers.size(), 2U + 4U + 4U);  // nested counts and the four delays
}

TEST(OarsaWorkbookTest, ExactFiguresAreNumbersAndAbsentDelaysEmpty) {
  const auto sheets = OarsaWorkbook(DiscloseOarsa(Population(), {true, 11}));
  const auto& ensemble = sheets[0].rows[0];
  EXPECT_EQ(Text(ensemble[0]), "Ensemble");
  EXPECT_EQ(Text(ensemble[2]), "12");  // non orientés
  EXPECT_EQ(Text(ensemble[3]), "1");   // France Travail
  EXPECT_EQ(Text(ensemble.back()), "13");
  const auto& t5 = sheets[4].rows[0];
  EXPECT_EQ(Text(t5[2]), "1");               // one entrant
  EXPECT_EQ(std::get<double>(t5[6]), 40.0);  // entry → primo-orientation
  EXPECT_EQ(Text(t5[8]), "");                // no primo-CER: no delay
}

TEST(OarsaWorkbookTest, SmallCountsAndStatisticsAreHiddenForAggregateReaders) {
  const auto sheets = OarsaWorkbook(DiscloseOarsa(Population(), {false, 11}));
  const auto& ensemble = sheets[0].rows[0];
  // 1 is hidden; 12 too (secondary suppression), else 13 − 12 would give it away.
  EXPECT_EQ(Text(ensemble[2]), "s");
  EXPECT_EQ(Text(ensemble[3]), "s");
  EXPECT_EQ(Text(ensemble[4]), "0");           // zero is no secret
  EXPECT_EQ(Text(sheets[4].rows[0][6]), "s");  // a delay over one person
  EXPECT_TRUE(Text(sheets[6].rows[0][1]).find("secret statistique appliqué") != std::string::npos);
}

TEST(OarsaWorkbookTest, DisclosureHidesTheOrientedRateOverASmallRemainder) {
  EXPECT_FALSE(DiscloseOarsa(Population(), {false, 11}).oriented_rate.has_value());
  const auto exact = DiscloseOarsa(Population(), {true, 11}).oriented_rate;
  ASSERT_TRUE(exact.has_value());
  EXPECT_DOUBLE_EQ(*exact, 1.0 / 13.0);
}

}  // namespace
}  // namespace pacte::app
