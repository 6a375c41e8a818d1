// Durations: reading the configuration form, and counting as French time limits do.

#include "domain/deadlines/rule_duration.hpp"

#include <gtest/gtest.h>

namespace pacte {
namespace {

Date D(const char* iso) { return *ParseIsoDate(iso); }

TEST(RuleDurationParse, AcceptedForms) {
  struct Row {
    const char* text;
    std::optional<RuleDuration> expected;
  };
  const Row rows[] = {
      {"6w", Weeks(6)},         {"6s", Weeks(6)},       {"2m", Months(2)},
      {"30d", Days(30)},        {"30j", Days(30)},      {" 12M ", Months(12)},
      {"999d", Days(999)},      {"none", std::nullopt}, {"aucun", std::nullopt},
      {"Aucune", std::nullopt}, {"06w", Weeks(6)},
  };
  for (const auto& row : rows) {
    auto parsed = ParseRuleDuration(row.text);
    ASSERT_TRUE(parsed) << row.text;
    EXPECT_EQ(*parsed, row.expected) << row.text;
  }
}

TEST(RuleDurationParse, RejectedFormsGiveAFrenchMessage) {
  for (const char* text :
       {"", "6", "w", "6x", "0m", "-1m", "1000d", "6 w", "six semaines", "2.5m", "1y", "6ww"}) {
    auto parsed = ParseRuleDuration(text);
    ASSERT_FALSE(parsed) << text;
    EXPECT_EQ(parsed.error().code, "deadline_rules.invalid_duration");
    EXPECT_EQ(parsed.error().kind, ErrorKind::kInvalid);
  }
  EXPECT_EQ(ParseRuleDuration("6x").error().message,
            "Durée invalide « 6x » : écrire un nombre de 1 à 999 suivi de j (jours), s "
            "(semaines) ou m (mois), par exemple 6s ou 2m, ou « aucun » s'il n'y a pas de délai.");
}

TEST(RuleDurationFormat, ConfigurationAndFrenchForms) {
  EXPECT_EQ(FormatRuleDuration(Weeks(6)), "6w");
  EXPECT_EQ(FormatRuleDuration(Months(2)), "2m");
  EXPECT_EQ(FormatRuleDuration(Days(30)), "30d");
  for (auto d : {Weeks(6), Months(12), Days(1)}) {
    EXPECT_EQ(ParseRuleDuration(FormatRuleDuration(d)).value(), d);
  }
  EXPECT_EQ(DescribeRuleDuration(Weeks(6)), "6 semaines");
  EXPECT_EQ(DescribeRuleDuration(Weeks(1)), "1 semaine");
  EXPECT_EQ(DescribeRuleDuration(Months(1)), "1 mois");
  EXPECT_EQ(DescribeRuleDuration(Months(12)), "12 mois");
  EXPECT_EQ(DescribeRuleDuration(Days(1)), "1 jour");
  EXPECT_EQ(DescribeRuleDuration(Days(30)), "30 jours");
}

// Code de procédure civile, art. 641: same day number N months later, or the month's last day.
TEST(RuleDurationCount, AddAndSubtract) {
  struct Row {
    const char* from;
    RuleDuration d;
    const char* to;
  };
  const Row rows[] = {
      {"2024-12-20", Months(2), "2025-02-20"}, {"2024-12-31", Months(2), "2025-02-28"},
      {"2023-12-31", Months(2), "2024-02-29"}, {"2025-01-02", Weeks(6), "2025-02-13"},
      {"2025-01-31", Months(1), "2025-02-28"}, {"2025-03-31", Days(30), "2025-04-30"},
      {"2024-12-28", Weeks(6), "2025-02-08"},  {"2025-01-15", Months(3), "2025-04-15"},
  };
  for (const auto& row : rows) {
    EXPECT_EQ(FormatIsoDate(AddDuration(D(row.from), row.d)), row.to) << row.from;
  }
  EXPECT_EQ(FormatIsoDate(SubtractDuration(D("2025-04-30"), Days(30))), "2025-03-31");
  EXPECT_EQ(FormatIsoDate(SubtractDuration(D("2025-03-31"), Months(1))), "2025-02-28");
  EXPECT_EQ(FormatIsoDate(SubtractDuration(D("2025-03-14"), Weeks(2))), "2025-02-28");
}

}  // namespace
}  // namespace pacte
