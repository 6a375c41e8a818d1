// Each deadline rule on its own, including configured durations; the scenarios in
// due_scenarios_test.cpp combine them.

#include "domain/deadlines/due_rules.hpp"

#include <gtest/gtest.h>

#include "domain/deadlines/compute_due.hpp"
#include "domain/deadlines/due_scenario_test.hpp"
#include "domain/deadlines/rule_settings.hpp"

namespace pacte {
namespace {

using test_support::Day;
using test_support::Describe;

PersonParcoursSnapshot Oriented(const char* dd_since, const char* orientation,
                                const char* contracts = "", const char* appointments = "") {
  PersonParcoursSnapshot p;
  p.dd_since = Day(dd_since);
  p.orientation = test_support::ReadOrientation(orientation);
  p.contracts = test_support::ReadContracts(contracts);
  p.appointments = test_support::ReadAppointments(appointments);
  return p;
}

template <class Rule>
std::string Evaluate(Rule rule, const PersonParcoursSnapshot& p, const char* today,
                     const DeadlineRules& rules = DefaultDeadlineRules()) {
  auto current = ReadCurrentParcours(p, Day(today));
  auto item = rule(p, current, Day(today), rules);
  return item ? Describe(*item) : "none";
}

DeadlineRules With(std::vector<RuleSetting> settings) {
  return ApplyRuleSettings(DefaultDeadlineRules(), settings).value();
}

TEST(ExpectedContract, ByParcoursStructureAndRegime) {
  using P = Parcours;
  using T = ContractType;
  EXPECT_EQ(ExpectedContractType(P::kProfessionnel, false, Regime::k2009), T::kCerProfessionnel);
  EXPECT_EQ(ExpectedContractType(P::kProfessionnel, true, Regime::k2009), T::kPpae);
  EXPECT_EQ(ExpectedContractType(P::kSocioProfessionnel, false, Regime::k2009), T::kCerSocial);
  EXPECT_EQ(ExpectedContractType(P::kSocial, false, Regime::k2009), T::kCerSocial);
  EXPECT_EQ(ExpectedContractType(P::kSocioProfessionnel, true, Regime::k2009), T::kPpae);
  for (P p : AllParcours()) {
    for (bool ft : {false, true}) {
      EXPECT_EQ(ExpectedContractType(p, ft, Regime::k2025), T::kContratEngagement);
    }
  }
  EXPECT_EQ(ContractDelayRule(T::kCerProfessionnel), DeadlineRule::kContractDelayCerProfessionnel);
  EXPECT_EQ(ContractDelayRule(T::kCerSocial), DeadlineRule::kContractDelayCerSocial);
  EXPECT_EQ(ContractDelayRule(T::kPpae), DeadlineRule::kContractDelayPpae);
  EXPECT_EQ(ContractDelayRule(T::kContratEngagement),
            DeadlineRule::kContractDelayContratEngagement);
}

TEST(OrientationDueRule, OnlyWhenNotOriented) {
  PersonParcoursSnapshot p;
  p.dd_since = Day("2025-01-06");
  EXPECT_EQ(Evaluate(OrientationDue, p, "2025-01-06"),
            "orientation_overdue due 2025-02-17, on time since 2025-01-06 (2025)");
  p.orientation = test_support::ReadOrientation("social 2025-01-20");
  EXPECT_EQ(Evaluate(OrientationDue, p, "2025-03-01"), "none");
}

TEST(OrientationDueRule, ConfiguredDurationByEntryDate) {
  auto rules = With({{"orientation_delay", "4w", "2026-01-01"}});
  PersonParcoursSnapshot p;
  p.dd_since = Day("2025-12-31");
  EXPECT_EQ(Evaluate(OrientationDue, p, "2026-02-01", rules),
            "orientation_overdue due 2026-02-11, on time since 2025-12-31 (2025)");
  p.dd_since = Day("2026-01-01");
  EXPECT_EQ(Evaluate(OrientationDue, p, "2026-02-01", rules),
            "orientation_overdue due 2026-01-29, overdue since 2026-01-30 (2025)");
  auto none = With({{"orientation_delay", "none", ""}});
  EXPECT_EQ(Evaluate(OrientationDue, p, "2026-02-01", none), "none");
}

TEST(ContractDueRule, LatestEndedContractTriggers) {
  auto p = Oriented("2023-01-01", "professionnel 2024-02-01",
                    "cer_professionnel termine 2024-03-01..2024-08-31; "
                    "cer_professionnel signe 2024-09-01..2024-11-30");
  EXPECT_EQ(Evaluate(ContractDue, p, "2024-12-20"),
            "contract_overdue due 2025-01-01, on time since 2024-12-01 (2009)");
}

TEST(ContractDueRule, ContractEndedBeforeTheOrientationDoesNotMoveTheTrigger) {
  auto p = Oriented("2023-01-01", "social 2024-05-02", "cer_social termine 2023-03-01..2024-02-29");
  EXPECT_EQ(Evaluate(ContractDue, p, "2024-06-01"),
            "contract_overdue due 2024-07-02, on time since 2024-05-02 (2009)");
}

TEST(ContractDueRule, PpaeDelayCanBeConfigured) {
  auto p = Oriented("2023-01-01", "professionnel 2024-05-02 france_travail");
  EXPECT_EQ(Evaluate(ContractDue, p, "2024-06-01"), "none");
  auto rules = With({{"contract_delay_ppae", "2m", ""}});
  EXPECT_EQ(Evaluate(ContractDue, p, "2024-06-01", rules),
            "contract_overdue due 2024-07-02, on time since 2024-05-02 (2009)");
}

TEST(ContractDueRule, NothingWithoutOrientationOrObligation) {
  PersonParcoursSnapshot p;
  p.dd_since = Day("2025-01-06");
  EXPECT_EQ(Evaluate(ContractDue, p, "2025-06-01"), "none");
  p = Oriented("2025-01-06", "social 2025-01-20");
  p.exited_on = Day("2025-02-01");
  EXPECT_EQ(Evaluate(ContractDue, p, "2025-06-01"), "none");
}

TEST(ContractExpiringRule, TheLatestContractInForce) {
  auto p = Oriented("2024-01-01", "professionnel 2025-01-06",
                    "contrat_engagement signe 2025-01-10..2025-06-30; "
                    "contrat_engagement signe 2025-02-01..2025-07-31");
  EXPECT_EQ(Evaluate(ContractExpiring, p, "2025-06-20"), "none") << "the second runs longer";
  EXPECT_EQ(Evaluate(ContractExpiring, p, "2025-07-01"),
            "contract_expiring #2 due 2025-07-31, on time since 2025-07-01 (2025)");
}

TEST(ContractExpiringRule, WindowIsConfigurable) {
  auto p = Oriented("2024-01-01", "professionnel 2025-01-06",
                    "contrat_engagement signe 2025-01-10..2025-06-30");
  auto rules = With({{"contract_expiring_window", "2m", ""}});
  EXPECT_EQ(Evaluate(ContractExpiring, p, "2025-04-29", rules), "none");
  EXPECT_EQ(Evaluate(ContractExpiring, p, "2025-04-30", rules),
            "contract_expiring #1 due 2025-06-30, on time since 2025-04-30 (2025)");
  EXPECT_EQ(
      Evaluate(ContractExpiring, p, "2025-06-20", With({{"contract_expiring_window", "none", ""}})),
      "none");
}

TEST(ContractExpiringRule, NotForAContractNotYetStartedNorAfterExit) {
  auto p = Oriented("2024-01-01", "professionnel 2025-01-06",
                    "contrat_engagement signe 2025-07-01..2025-07-20 signed 2025-06-01");
  EXPECT_EQ(Evaluate(ContractExpiring, p, "2025-06-25"), "none");
  p = Oriented("2024-01-01", "professionnel 2025-01-06",
               "contrat_engagement signe 2025-01-10..2025-06-30");
  p.exited_on = Day("2025-06-01");
  EXPECT_EQ(Evaluate(ContractExpiring, p, "2025-06-20"), "none");
}

TEST(SocialReviewRule, OnlyForTheSocialPath) {
  for (const char* o : {"professionnel 2024-01-10", "socio_professionnel 2024-01-10"}) {
    EXPECT_EQ(Evaluate(SocialReviewDue, Oriented("2023-01-01", o), "2024-08-01"), "none") << o;
  }
  EXPECT_EQ(Evaluate(SocialReviewDue, Oriented("2023-01-01", "social 2024-01-10"), "2024-08-01"),
            "social_review_due due 2024-07-10, overdue since 2024-07-11 (2009)");
}

TEST(SocialReviewRule, ReviewBeforeTheOrientationOrInTheFutureIsIgnored) {
  auto p = Oriented("2023-01-01", "social 2025-01-10");
  p.social_reviewed_on = Day("2024-12-01");
  EXPECT_EQ(Evaluate(SocialReviewDue, p, "2025-02-01"),
            "social_review_due due 2025-07-10, on time since 2025-01-10 (2025)");
  p.social_reviewed_on = Day("2025-03-01");
  EXPECT_EQ(Evaluate(SocialReviewDue, p, "2025-02-01"),
            "social_review_due due 2025-07-10, on time since 2025-01-10 (2025)");
}

TEST(NoRecentAppointmentRule, CountsFromTheLaterOfOrientationAndLastHeld) {
  auto p = Oriented("2023-01-01", "social 2025-02-03", "", "2024-12-02 honore");
  EXPECT_EQ(Evaluate(NoRecentAppointment, p, "2025-05-03"), "none");
  EXPECT_EQ(Evaluate(NoRecentAppointment, p, "2025-05-04"),
            "no_recent_appointment due 2025-05-03, overdue since 2025-05-04 (2025)");
}

TEST(NoRecentAppointmentRule, AnAppointmentPlannedTodayCounts) {
  auto p = Oriented("2023-01-01", "social 2025-01-06", "", "2025-05-01 a_venir");
  EXPECT_EQ(Evaluate(NoRecentAppointment, p, "2025-05-01"), "none");
  EXPECT_EQ(Evaluate(NoRecentAppointment, p, "2025-05-02"),
            "no_recent_appointment due 2025-04-06, overdue since 2025-04-07 (2025)")
      << "the next day it is past, and only unrecorded";
}

TEST(NoRecentAppointmentRule, RegimeAndDurationOfTheLastContact) {
  auto p = Oriented("2023-01-01", "social 2024-06-03", "", "2024-11-29 honore");
  auto rules = With({{"no_appointment_delay", "2m", "2025-01-01"}});
  EXPECT_EQ(Evaluate(NoRecentAppointment, p, "2025-03-01", rules),
            "no_recent_appointment due 2025-02-28, overdue since 2025-03-01 (2009)");
}

TEST(UnrecordedAppointmentsRule, OnePerPastPlannedAppointment) {
  auto p = Oriented("2023-01-01", "social 2025-01-06", "",
                    "2025-03-05 a_venir; 2025-02-03 a_venir; 2025-02-10 honore; "
                    "2025-03-20 a_venir");
  auto items = UnrecordedAppointments(p, Day("2025-03-10"), DefaultDeadlineRules());
  EXPECT_EQ(Describe(items),
            (std::vector<std::string>{
                "appointment_unrecorded #1 due 2025-03-05, overdue since 2025-03-06 (2025)",
                "appointment_unrecorded #2 due 2025-02-03, overdue since 2025-02-04 (2025)"}));
  PersonParcoursSnapshot not_in_dd;
  not_in_dd.appointments = p.appointments;
  EXPECT_EQ(UnrecordedAppointments(not_in_dd, Day("2025-03-10"), DefaultDeadlineRules()).size(),
            2u);
}

TEST(ComputeDueOrder, ByKindThenDate) {
  auto p =
      Oriented("2024-06-03", "social 2024-07-01", "", "2025-03-05 a_venir; 2025-02-03 a_venir");
  EXPECT_EQ(Describe(ComputeDue(p, Day("2025-03-10"), DefaultDeadlineRules())),
            (std::vector<std::string>{
                "contract_overdue due 2024-09-01, overdue since 2024-09-02 (2009)",
                "social_review_due due 2025-01-01, overdue since 2025-01-02 (2009)",
                "no_recent_appointment due 2024-10-01, overdue since 2024-10-02 (2009)",
                "appointment_unrecorded #2 due 2025-02-03, overdue since 2025-02-04 (2025)",
                "appointment_unrecorded #1 due 2025-03-05, overdue since 2025-03-06 (2025)"}));
}

}  // namespace
}  // namespace pacte
