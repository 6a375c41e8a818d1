// Overriding the rules from configuration: all-or-nothing, with French messages per setting.

#include "domain/deadlines/rule_settings.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace pacte {
namespace {

using R = DeadlineRule;

Date D(const char* iso) { return *ParseIsoDate(iso); }

TEST(RuleSettings, OverrideADurationFromADate) {
  auto rules =
      ApplyRuleSettings(DefaultDeadlineRules(), {{"orientation_delay", "4w", "2026-01-01"},
                                                 {"contract_expiring_window", " 45j ", ""},
                                                 {"contract_delay_ppae", "aucun", "2010-01-01"}});
  ASSERT_TRUE(rules) << rules.error().message;
  EXPECT_EQ(rules->DurationAt(R::kOrientationDelay, D("2024-06-01")), Months(2));
  EXPECT_EQ(rules->DurationAt(R::kOrientationDelay, D("2025-06-01")), Weeks(6));
  EXPECT_EQ(rules->DurationAt(R::kOrientationDelay, D("2026-06-01")), Weeks(4));
  EXPECT_EQ(rules->DurationAt(R::kContractExpiringWindow, D("2000-01-01")), Days(45));
  EXPECT_EQ(rules->Steps(R::kContractExpiringWindow).size(), 1u);
  EXPECT_FALSE(rules->DurationAt(R::kContractDelayPpae, D("2024-06-01")));
}

TEST(RuleSettings, LaterSettingsWin) {
  auto rules = ApplyRuleSettings(
      DefaultDeadlineRules(),
      {{"no_appointment_delay", "2m", "2025-01-01"}, {"no_appointment_delay", "1m", "2025-01-01"}});
  ASSERT_TRUE(rules);
  EXPECT_EQ(rules->DurationAt(R::kNoAppointmentDelay, D("2025-03-01")), Months(1));
}

TEST(RuleSettings, ReportsEveryBadSettingAndChangesNothing) {
  auto rules =
      ApplyRuleSettings(DefaultDeadlineRules(), {{"orientation_delay", "6w", "2025-01-01"},
                                                 {"delai_orientation", "6 semaines", "01/01/2025"},
                                                 {"social_review_delay", "0m", "2025-02-30"}});
  ASSERT_FALSE(rules);
  const Error& e = rules.error();
  EXPECT_EQ(e.kind, ErrorKind::kInvalid);
  EXPECT_EQ(e.code, "deadline_rules.invalid");
  EXPECT_EQ(e.message, "La configuration des délais contient 5 erreurs.");
  ASSERT_EQ(e.fields.size(), 5u);
  EXPECT_EQ(e.fields[0].field, "deadline_rules[1].rule");
  EXPECT_EQ(e.fields[0].message,
            "Règle de délai inconnue « delai_orientation » : règles possibles : "
            "orientation_delay, contract_delay_cer_professionnel, contract_delay_cer_social, "
            "contract_delay_ppae, contract_delay_contrat_engagement, contract_expiring_window, "
            "social_review_delay, social_review_delay_vulnerable, no_appointment_delay.");
  EXPECT_EQ(e.fields[1].field, "deadline_rules[1].duration");
  EXPECT_EQ(e.fields[1].message.rfind("Durée invalide « 6 semaines »", 0), 0u);
  EXPECT_EQ(e.fields[2].field, "deadline_rules[1].effective_from");
  EXPECT_EQ(e.fields[2].message,
            "Date d'effet invalide « 01/01/2025 » (format attendu AAAA-MM-JJ).");
  EXPECT_EQ(e.fields[3].field, "deadline_rules[2].duration");
  EXPECT_EQ(e.fields[4].field, "deadline_rules[2].effective_from");
}

TEST(RuleSettings, OneBadSettingIsTheMessage) {
  auto rules = ApplyRuleSettings(DefaultDeadlineRules(), {{"orientation_delay", "", ""}});
  ASSERT_FALSE(rules);
  EXPECT_EQ(rules.error().message,
            "Durée manquante : écrire un nombre de 1 à 999 suivi de j (jours), s (semaines) ou m "
            "(mois), par exemple 6s ou 2m, ou « aucun » s'il n'y a pas de délai.");
  ASSERT_EQ(rules.error().fields.size(), 1u);
  EXPECT_EQ(rules.error().fields[0].field, "deadline_rules[0].duration");
}

TEST(RuleSettings, RoundTripOfTheDefaults) {
  auto settings = ToRuleSettings(DefaultDeadlineRules());
  EXPECT_EQ(settings.front(), (RuleSetting{"orientation_delay", "2m", ""}));
  EXPECT_EQ(settings[1], (RuleSetting{"orientation_delay", "6w", "2025-01-01"}));
  EXPECT_NE(
      std::find(settings.begin(), settings.end(), RuleSetting{"contract_delay_ppae", "none", ""}),
      settings.end());
  auto rebuilt = ApplyRuleSettings(DeadlineRules{}, settings);
  ASSERT_TRUE(rebuilt);
  EXPECT_EQ(ToRuleSettings(*rebuilt), settings);
  for (R r : AllDeadlineRules()) {
    EXPECT_EQ(rebuilt->Steps(r), DefaultDeadlineRules().Steps(r)) << DeadlineRuleCode(r);
  }
}

}  // namespace
}  // namespace pacte
