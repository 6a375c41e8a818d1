// The rule set: defaults of domain.md §5, steps chosen by the date of the triggering event.

#include "domain/deadlines/deadline_rules.hpp"

#include <gtest/gtest.h>

namespace pacte {
namespace {

using R = DeadlineRule;

Date D(const char* iso) { return *ParseIsoDate(iso); }

TEST(DeadlineRuleCodes, RoundTripAndFrenchLabels) {
  ASSERT_EQ(AllDeadlineRules().size(), kDeadlineRuleCount);
  for (R r : AllDeadlineRules()) {
    EXPECT_EQ(ParseDeadlineRule(DeadlineRuleCode(r)), r);
    EXPECT_FALSE(DeadlineRuleLabel(r).empty());
  }
  EXPECT_EQ(DeadlineRuleCode(R::kOrientationDelay), "orientation_delay");
  EXPECT_EQ(DeadlineRuleCode(R::kContractExpiringWindow), "contract_expiring_window");
  EXPECT_FALSE(ParseDeadlineRule("orientation"));
}

// The defaults, read as a table: rule, date of the triggering event, expected duration.
TEST(DefaultDeadlineRules, Table) {
  struct Row {
    R rule;
    const char* event;
    std::optional<RuleDuration> expected;
  };
  const Row rows[] = {
      {R::kOrientationDelay, "2009-06-01", Months(2)},
      {R::kOrientationDelay, "2024-12-31", Months(2)},
      {R::kOrientationDelay, "2025-01-01", Weeks(6)},
      {R::kOrientationDelay, "2030-01-01", Weeks(6)},
      {R::kContractDelayCerProfessionnel, "2024-06-01", Months(1)},
      {R::kContractDelayCerSocial, "2024-06-01", Months(2)},
      {R::kContractDelayPpae, "2024-06-01", std::nullopt},
      {R::kContractDelayContratEngagement, "2024-12-31", std::nullopt},
      {R::kContractDelayContratEngagement, "2025-01-01", Months(1)},
      {R::kContractExpiringWindow, "2015-01-01", Days(30)},
      {R::kSocialReviewDelay, "2020-01-01", Months(6)},
      {R::kSocialReviewDelayVulnerable, "2025-06-01", Months(12)},
      {R::kNoAppointmentDelay, "2025-06-01", Months(3)},
  };
  const auto rules = DefaultDeadlineRules();
  for (const auto& row : rows) {
    EXPECT_EQ(rules.DurationAt(row.rule, D(row.event)), row.expected)
        << DeadlineRuleCode(row.rule) << " @ " << row.event;
  }
}

TEST(DeadlineRules, RegimeByEventDate) {
  auto rules = DefaultDeadlineRules();
  EXPECT_EQ(rules.RegimeAt(D("2024-12-31")), Regime::k2009);
  EXPECT_EQ(rules.RegimeAt(D("2025-01-01")), Regime::k2025);
  rules.SetRegime2025From(D("2025-07-01"));
  EXPECT_EQ(rules.RegimeAt(D("2025-06-30")), Regime::k2009);
  EXPECT_EQ(rules.Regime2025From(), D("2025-07-01"));
  EXPECT_EQ(RegimeCode(Regime::k2009), "2009");
  EXPECT_EQ(RegimeCode(Regime::k2025), "2025");
  EXPECT_EQ(RegimeLabel(Regime::k2025), "Règles de 2025 (loi pour le plein emploi)");
}

TEST(DeadlineRules, EmptySetHasNoDeadline) {
  DeadlineRules rules;
  for (R r : AllDeadlineRules()) {
    EXPECT_FALSE(rules.DurationAt(r, D("2025-01-01")));
    EXPECT_TRUE(rules.Steps(r).empty());
  }
  EXPECT_EQ(rules.RegimeAt(D("2025-01-01")), Regime::k2025);
}

TEST(DeadlineRules, StepsAreKeptInDateOrder) {
  DeadlineRules rules;
  rules.Set(R::kNoAppointmentDelay, D("2026-01-01"), Months(2));
  rules.Set(R::kNoAppointmentDelay, std::nullopt, Months(3));
  ASSERT_EQ(rules.Steps(R::kNoAppointmentDelay).size(), 1u)
      << "a dateless step replaces every step";
  rules.Set(R::kNoAppointmentDelay, D("2026-01-01"), Months(2));
  rules.Set(R::kNoAppointmentDelay, D("2025-01-01"), Months(4));
  const auto& steps = rules.Steps(R::kNoAppointmentDelay);
  ASSERT_EQ(steps.size(), 3u);
  EXPECT_FALSE(steps[0].effective_from);
  EXPECT_EQ(steps[1].effective_from, D("2025-01-01"));
  EXPECT_EQ(steps[2].effective_from, D("2026-01-01"));
  EXPECT_EQ(rules.DurationAt(R::kNoAppointmentDelay, D("2024-12-31")), Months(3));
  EXPECT_EQ(rules.DurationAt(R::kNoAppointmentDelay, D("2025-06-30")), Months(4));
  EXPECT_EQ(rules.DurationAt(R::kNoAppointmentDelay, D("2026-01-01")), Months(2));
}

TEST(DeadlineRules, SameDateReplacesAndNoneMeansNoDeadline) {
  auto rules = DefaultDeadlineRules();
  rules.Set(R::kOrientationDelay, D("2025-01-01"), Weeks(4));
  EXPECT_EQ(rules.Steps(R::kOrientationDelay).size(), 2u);
  EXPECT_EQ(rules.DurationAt(R::kOrientationDelay, D("2025-02-01")), Weeks(4));
  rules.Set(R::kOrientationDelay, D("2026-01-01"), std::nullopt);
  EXPECT_FALSE(rules.DurationAt(R::kOrientationDelay, D("2026-02-01")));
  EXPECT_EQ(rules.DurationAt(R::kOrientationDelay, D("2025-12-31")), Weeks(4));
}

TEST(DeadlineRules, BeforeTheFirstDatedStepThereIsNoRule) {
  DeadlineRules rules;
  rules.Set(R::kSocialReviewDelay, D("2025-01-01"), Months(6));
  EXPECT_FALSE(rules.DurationAt(R::kSocialReviewDelay, D("2024-12-31")));
  EXPECT_EQ(rules.DurationAt(R::kSocialReviewDelay, D("2025-01-01")), Months(6));
}

}  // namespace
}  // namespace pacte
