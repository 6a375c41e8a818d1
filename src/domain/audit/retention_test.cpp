#include "domain/audit/retention.hpp"

#include <gtest/gtest.h>

namespace pacte::audit {
namespace {

TEST(RetentionCutoff, IsMidnightOfTheSameDayMonthsBefore) {
  EXPECT_EQ(FormatIsoTimestamp(RetentionCutoff(*ParseIsoTimestamp("2026-11-27T09:30:00Z"), 12)),
            "2025-11-27T00:00:00Z");
  EXPECT_EQ(FormatIsoTimestamp(RetentionCutoff(*ParseIsoTimestamp("2026-11-27T23:59:59Z"), 6)),
            "2026-05-27T00:00:00Z");
}

TEST(RetentionCutoff, ClampsToTheEndOfShorterMonths) {
  EXPECT_EQ(FormatIsoTimestamp(RetentionCutoff(*ParseIsoTimestamp("2026-03-31T10:00:00Z"), 1)),
            "2026-02-28T00:00:00Z");
}

}  // namespace
}  // namespace pacte::audit
