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

namespace pacte {
namespace {

TEST(IsoFormats, HandWrittenFormattingMatchesTheCalendar) {
  for (const char* text : {"1970-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "2024-02-29T12:05:09Z",
                           "2026-11-27T09:00:00Z", "0999-03-04T01:02:03Z"}) {
    auto t = ParseIsoTimestamp(text);
    ASSERT_TRUE(t) << text;
    EXPECT_EQ(FormatIsoTimestamp(*t), text);
    EXPECT_EQ(FormatIsoDate(DateOf(*t)), std::string(text).substr(0, 10));
  }
  EXPECT_EQ(FormatFrenchDate(*ParseIsoDate("2025-01-05")), "05/01/2025");
  EXPECT_EQ(FormatFrenchTimestamp(*ParseIsoTimestamp("2025-01-05T07:08:09Z")), "05/01/2025 07:08 UTC");
  EXPECT_FALSE(ParseIsoDate("2025-1-05"));
  EXPECT_FALSE(ParseIsoDate("2025-01-0x"));
  EXPECT_FALSE(ParseIsoTimestamp("2025-01-05T1a:00:00Z"));
  EXPECT_TRUE(ParseIsoTimestamp("2025-01-05 10:00:00"));
}

}  // namespace
}  // namespace pacte
