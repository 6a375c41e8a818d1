#include "domain/common/text.hpp"

#include <gtest/gtest.h>

#include "domain/common/time.hpp"

namespace pacte {
namespace {

TEST(SearchKey, FoldsAccentsCaseAndPunctuation) {
  EXPECT_EQ(SearchKey("  L'Haÿ-les-Roses "), "l hay les roses");
  EXPECT_EQ(SearchKey("ŒUVRE Ça"), "oeuvre ca");
  EXPECT_EQ(SearchKey("Élodie  MÜLLER"), "elodie muller");
}

TEST(IsoDate, RejectsImpossibleDates) {
  EXPECT_FALSE(ParseIsoDate("2020-02-31"));
  EXPECT_FALSE(ParseIsoDate("2020-13-01"));
  EXPECT_FALSE(ParseIsoDate("20-01-01"));
  ASSERT_TRUE(ParseIsoDate("2024-02-29"));
  EXPECT_EQ(FormatIsoDate(*ParseIsoDate("2024-02-29")), "2024-02-29");
  EXPECT_EQ(FormatFrenchDate(*ParseIsoDate("2024-02-29")), "29/02/2024");
}

TEST(IsoTimestamp, RoundTrips) {
  auto t = ParseIsoTimestamp("2026-11-27T12:30:05Z");
  ASSERT_TRUE(t);
  EXPECT_EQ(FormatIsoTimestamp(*t), "2026-11-27T12:30:05Z");
  EXPECT_FALSE(ParseIsoTimestamp("2026-11-27T25:30:05Z"));
}

TEST(AddMonths, ClampsToTheEndOfTheMonth) {
  EXPECT_EQ(FormatIsoDate(AddMonths(*ParseIsoDate("2025-01-31"), 1)), "2025-02-28");
  EXPECT_EQ(FormatIsoDate(AddMonths(*ParseIsoDate("2025-03-15"), 12)), "2026-03-15");
}

}  // namespace
}  // namespace pacte
