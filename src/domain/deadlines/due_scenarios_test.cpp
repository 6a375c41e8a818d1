// What is due, scenario by scenario, with the default rules of domain.md §5. Each row is one
// person seen on one day: the facts, then every item expected (see due_scenario_test.hpp for
// the notation). Dates are ISO (YYYY-MM-DD); "(2009)" / "(2025)" is the regime of the event
// that triggered the item.

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "domain/deadlines/compute_due.hpp"
#include "domain/deadlines/due_scenario_test.hpp"

namespace pacte {
namespace {

using namespace test_support;  // NOLINT(google-build-using-namespace): scenario notation

struct Scenario {
  std::string name = {};
  std::string dd_since = {};     // entry into droits et devoirs; empty: not in D&D
  std::string orientation = {};  // current orientation; empty: none
  std::string contracts = {};
  std::string appointments = {};
  std::string exited_on = {};
  std::string social_reviewed_on = {};  // last review of a social orientation
  bool vulnerable = false;              // health, disability, housing or family
  std::string today = {};
  std::vector<std::string> expected = {};
};

// A contrat d'engagement signed on 10 January 2025 for a year, to keep contract items out of rows
// about something else.
const std::string kCoveringContract = "contrat_engagement signe 2025-01-10..2026-01-09";

// clang-format off
const Scenario kScenarios[] = {
    // ---- Orientation: the rule is chosen by the date of entry into D&D ----
    {.name = "EntryOn20Dec2024KeepsTwoMonthsWhenSeenIn2025",
     .dd_since = "2024-12-20", .today = "2025-02-10",
     .expected = {"orientation_overdue due 2025-02-20, on time since 2024-12-20 (2009)"}},
    {.name = "EntryOn20Dec2024LastDayOnTime",
     .dd_since = "2024-12-20", .today = "2025-02-20",
     .expected = {"orientation_overdue due 2025-02-20, on time since 2024-12-20 (2009)"}},
    {.name = "EntryOn20Dec2024OverdueTheDayAfter",
     .dd_since = "2024-12-20", .today = "2025-02-21",
     .expected = {"orientation_overdue due 2025-02-20, overdue since 2025-02-21 (2009)"}},
    {.name = "EntryOn31Dec2024EndsOnTheLastDayOfFebruary",
     .dd_since = "2024-12-31", .today = "2025-03-01",
     .expected = {"orientation_overdue due 2025-02-28, overdue since 2025-03-01 (2009)"}},
    {.name = "EntryOn1Jan2025SixWeeks",
     .dd_since = "2025-01-01", .today = "2025-02-12",
     .expected = {"orientation_overdue due 2025-02-12, on time since 2025-01-01 (2025)"}},
    {.name = "EntryOn1Jan2025OverdueAfterSixWeeks",
     .dd_since = "2025-01-01", .today = "2025-02-13",
     .expected = {"orientation_overdue due 2025-02-12, overdue since 2025-02-13 (2025)"}},
    {.name = "NotInDroitsEtDevoirs", .today = "2025-02-13", .expected = {}},
    {.name = "EntersDroitsEtDevoirsTomorrow",
     .dd_since = "2025-02-14", .today = "2025-02-13", .expected = {}},

    // ---- Contract after orientation ----
    {.name = "CerProfessionnelOneMonthIn2024",
     .dd_since = "2024-09-01", .orientation = "professionnel 2024-12-10", .today = "2025-01-11",
     .expected = {"contract_overdue due 2025-01-10, overdue since 2025-01-11 (2009)"}},
    {.name = "CerSocialTwoMonthsIn2024",
     .dd_since = "2024-09-01", .orientation = "social 2024-12-10", .today = "2025-01-11",
     .expected = {"contract_overdue due 2025-02-10, on time since 2024-12-10 (2009)",
                  "social_review_due due 2025-06-10, on time since 2024-12-10 (2009)"}},
    {.name = "SocioProfessionnelTwoMonthsIn2024",
     .dd_since = "2024-09-01", .orientation = "socio_professionnel 2024-12-10",
     .today = "2025-02-11",
     .expected = {"contract_overdue due 2025-02-10, overdue since 2025-02-11 (2009)"}},
    {.name = "PpaeHasNoDeadlineIn2024",
     .dd_since = "2024-09-01", .orientation = "professionnel 2024-12-10 france_travail",
     .today = "2025-02-15", .expected = {}},
    {.name = "FranceTravailOneMonthIn2025",
     .dd_since = "2025-01-02", .orientation = "professionnel 2025-02-01 france_travail",
     .today = "2025-02-15",
     .expected = {"contract_overdue due 2025-03-01, on time since 2025-02-01 (2025)"}},
    {.name = "SocialOneMonthIn2025",
     .dd_since = "2024-12-01", .orientation = "social 2025-01-10", .today = "2025-02-11",
     .expected = {"contract_overdue due 2025-02-10, overdue since 2025-02-11 (2025)",
                  "social_review_due due 2025-07-10, on time since 2025-01-10 (2025)"}},
    {.name = "SignedContractMeansNothingDue",
     .dd_since = "2024-12-01", .orientation = "professionnel 2025-01-10",
     .contracts = "contrat_engagement signe 2025-02-01..2025-07-31", .today = "2025-03-01",
     .expected = {}},
    {.name = "ContractSignedToStartLaterCounts",
     .dd_since = "2024-12-01", .orientation = "professionnel 2025-01-10",
     .contracts = "contrat_engagement signe 2025-04-01..2025-09-30 signed 2025-02-05",
     .today = "2025-03-01", .expected = {}},
    {.name = "DraftDoesNotCount",
     .dd_since = "2024-12-01", .orientation = "professionnel 2025-01-10",
     .contracts = "contrat_engagement brouillon 2025-02-01..2025-07-31", .today = "2025-03-01",
     .expected = {"contract_overdue due 2025-02-10, overdue since 2025-02-11 (2025)"}},
    {.name = "ExpiredContractGivesAMonthForTheRenewal",
     .dd_since = "2024-12-01", .orientation = "professionnel 2025-01-10",
     .contracts = "contrat_engagement signe 2025-01-20..2025-04-19",
     .appointments = "2025-04-10 honore", .today = "2025-04-25",
     .expected = {"contract_overdue due 2025-05-20, on time since 2025-04-20 (2025)"}},
    {.name = "CancelledContractCountsFromItsClosing",
     .dd_since = "2024-12-01", .orientation = "professionnel 2025-01-10",
     .contracts = "contrat_engagement resilie 2025-01-20..2025-07-19 closed 2025-03-05",
     .appointments = "2025-03-01 honore", .today = "2025-04-10",
     .expected = {"contract_overdue due 2025-04-06, overdue since 2025-04-07 (2025)"}},
    {.name = "CerEndedIn2024RenewalUnder2025Rules",
     .dd_since = "2023-01-01", .orientation = "social 2024-05-02",
     .contracts = "cer_social signe 2024-06-01..2024-12-31",
     .appointments = "2024-12-15 honore", .social_reviewed_on = "2024-11-04",
     .today = "2025-01-20",
     .expected = {"contract_overdue due 2025-02-01, on time since 2025-01-01 (2025)",
                  "social_review_due due 2025-05-04, on time since 2024-11-04 (2009)"}},

    // ---- Re-orientation ----
    {.name = "ReorientationIn2025RestartsTheMonth",
     .dd_since = "2024-06-01", .orientation = "professionnel 2025-03-03",
     .contracts = "cer_social signe 2024-10-01..2025-09-30",
     .appointments = "2025-03-03 honore", .today = "2025-04-04",
     .expected = {"contract_overdue due 2025-04-03, overdue since 2025-04-04 (2025)"}},
    {.name = "ReorientationIn2025ThenNewContract",
     .dd_since = "2024-06-01", .orientation = "professionnel 2025-03-03",
     .contracts = "cer_social signe 2024-10-01..2025-09-30; "
                  "contrat_engagement signe 2025-03-03..2025-09-02",
     .appointments = "2025-03-03 honore", .today = "2025-04-04", .expected = {}},
    {.name = "ReorientationIn2024KeepsTheContractInForce",
     .dd_since = "2024-06-01", .orientation = "professionnel 2024-11-04",
     .contracts = "cer_social signe 2024-10-01..2025-09-30",
     .appointments = "2025-02-01 honore", .today = "2025-03-01", .expected = {}},

    // ---- Contract expiring within 30 days ----
    {.name = "ContractEndingIn31DaysIsNotExpiring",
     .dd_since = "2024-01-01", .orientation = "professionnel 2025-01-06",
     .contracts = "contrat_engagement signe 2025-01-15..2025-07-14",
     .appointments = "2025-06-01 honore", .today = "2025-06-13", .expected = {}},
    {.name = "ContractEndingIn30DaysIsExpiring",
     .dd_since = "2024-01-01", .orientation = "professionnel 2025-01-06",
     .contracts = "contrat_engagement signe 2025-01-15..2025-07-14",
     .appointments = "2025-06-01 honore", .today = "2025-06-14",
     .expected = {"contract_expiring #1 due 2025-07-14, on time since 2025-06-14 (2025)"}},
    {.name = "ContractEndingIn29DaysIsExpiring",
     .dd_since = "2024-01-01", .orientation = "professionnel 2025-01-06",
     .contracts = "contrat_engagement signe 2025-01-15..2025-07-14",
     .appointments = "2025-06-01 honore", .today = "2025-06-15",
     .expected = {"contract_expiring #1 due 2025-07-14, on time since 2025-06-14 (2025)"}},
    {.name = "ContractEndingTodayIsStillExpiring",
     .dd_since = "2024-01-01", .orientation = "professionnel 2025-01-06",
     .contracts = "contrat_engagement signe 2025-01-15..2025-07-14",
     .appointments = "2025-06-01 honore", .today = "2025-07-14",
     .expected = {"contract_expiring #1 due 2025-07-14, on time since 2025-06-14 (2025)"}},
    {.name = "RenewalSignedSoNothingExpires",
     .dd_since = "2024-01-01", .orientation = "professionnel 2025-01-06",
     .contracts = "contrat_engagement signe 2025-01-15..2025-07-14; "
                  "contrat_engagement signe 2025-07-15..2026-01-14 signed 2025-06-20",
     .appointments = "2025-06-20 honore", .today = "2025-07-01", .expected = {}},
    {.name = "DayAfterTheEndTheRenewalIsDue",
     .dd_since = "2024-01-01", .orientation = "professionnel 2025-01-06",
     .contracts = "contrat_engagement signe 2025-01-15..2025-07-14",
     .appointments = "2025-06-01 honore", .today = "2025-07-15",
     .expected = {"contract_overdue due 2025-08-15, on time since 2025-07-15 (2025)"}},

    // ---- Social path review: 6 months, 12 with vulnerabilities ----
    {.name = "SocialReviewDueAtSixMonths",
     .dd_since = "2024-12-01", .orientation = "social 2025-01-10",
     .contracts = kCoveringContract, .appointments = "2025-07-01 honore",
     .today = "2025-07-10",
     .expected = {"social_review_due due 2025-07-10, on time since 2025-01-10 (2025)"}},
    {.name = "SocialReviewOverdueAfterSixMonths",
     .dd_since = "2024-12-01", .orientation = "social 2025-01-10",
     .contracts = kCoveringContract, .appointments = "2025-07-01 honore",
     .today = "2025-07-11",
     .expected = {"social_review_due due 2025-07-10, overdue since 2025-07-11 (2025)"}},
    {.name = "SocialReviewAtTwelveMonthsWithVulnerabilities",
     .dd_since = "2024-12-01", .orientation = "social 2025-01-10",
     .contracts = kCoveringContract, .appointments = "2025-07-01 honore",
     .vulnerable = true, .today = "2025-07-11",
     .expected = {"social_review_due due 2026-01-10, on time since 2025-01-10 (2025)"}},
    {.name = "SocialReviewRestartsAfterAReview",
     .dd_since = "2024-12-01", .orientation = "social 2025-01-10",
     .contracts = kCoveringContract, .appointments = "2025-07-01 honore",
     .social_reviewed_on = "2025-07-08", .today = "2025-07-11",
     .expected = {"social_review_due due 2026-01-08, on time since 2025-07-08 (2025)"}},
    {.name = "SocialReviewOfA2024Orientation",
     .dd_since = "2024-01-01", .orientation = "social 2024-10-15",
     .contracts = "cer_social signe 2024-11-01..2025-10-31",
     .appointments = "2025-04-01 honore", .today = "2025-04-16",
     .expected = {"social_review_due due 2025-04-15, overdue since 2025-04-16 (2009)"}},

    // ---- Appointments ----
    {.name = "PastAppointmentStillPlannedIsUnrecorded",
     .dd_since = "2024-12-01", .orientation = "professionnel 2025-01-06",
     .contracts = kCoveringContract, .appointments = "2025-02-10 honore; 2025-03-03 a_venir",
     .today = "2025-03-04",
     .expected = {"appointment_unrecorded #2 due 2025-03-03, overdue since 2025-03-04 (2025)"}},
    {.name = "AppointmentOfTodayIsNotYetUnrecorded",
     .dd_since = "2024-12-01", .orientation = "professionnel 2025-01-06",
     .contracts = kCoveringContract, .appointments = "2025-02-10 honore; 2025-03-03 a_venir",
     .today = "2025-03-03", .expected = {}},
    {.name = "NoAppointmentForExactlyThreeMonths",
     .dd_since = "2024-12-01", .orientation = "professionnel 2025-01-06",
     .contracts = kCoveringContract, .appointments = "2025-01-15 honore",
     .today = "2025-04-15", .expected = {}},
    {.name = "NoAppointmentForThreeMonthsAndOneDay",
     .dd_since = "2024-12-01", .orientation = "professionnel 2025-01-06",
     .contracts = kCoveringContract, .appointments = "2025-01-15 honore",
     .today = "2025-04-16",
     .expected = {"no_recent_appointment due 2025-04-15, overdue since 2025-04-16 (2025)"}},
    {.name = "PlannedAppointmentClearsNoRecentAppointment",
     .dd_since = "2024-12-01", .orientation = "professionnel 2025-01-06",
     .contracts = kCoveringContract, .appointments = "2025-01-15 honore; 2025-04-22 a_venir",
     .today = "2025-04-16", .expected = {}},
    {.name = "MissedAndExcusedAppointmentsAreNoContact",
     .dd_since = "2024-12-01", .orientation = "professionnel 2025-01-06",
     .contracts = kCoveringContract,
     .appointments = "2025-01-15 honore; 2025-03-10 absent; 2025-03-20 excuse; "
                     "2025-04-01 annule",
     .today = "2025-04-16",
     .expected = {"no_recent_appointment due 2025-04-15, overdue since 2025-04-16 (2025)"}},
    {.name = "NeverSeenSinceOrientation",
     .dd_since = "2024-12-01", .orientation = "professionnel 2025-01-06",
     .contracts = kCoveringContract, .today = "2025-04-07",
     .expected = {"no_recent_appointment due 2025-04-06, overdue since 2025-04-07 (2025)"}},

    // ---- Exit and return ----
    {.name = "ExitEndsEveryDeadline",
     .dd_since = "2024-06-01", .orientation = "social 2024-07-01",
     .exited_on = "2024-09-01", .today = "2025-03-01",
     .expected = {}},
    {.name = "ExitStillListsUnrecordedAppointments",
     .dd_since = "2024-06-01", .orientation = "social 2024-07-01",
     .appointments = "2024-08-20 a_venir", .exited_on = "2024-09-01",
     .today = "2025-03-01",
     .expected = {"appointment_unrecorded #1 due 2024-08-20, overdue since 2024-08-21 (2009)"}},
    {.name = "NewRightAfterExitReopensTheParcours",
     .dd_since = "2025-02-03", .orientation = "social 2024-07-01",
     .contracts = "cer_social termine 2024-08-01..2025-01-31", .exited_on = "2024-09-01",
     .today = "2025-03-20",
     .expected = {"orientation_overdue due 2025-03-17, overdue since 2025-03-18 (2025)"}},
};
// clang-format on

void PrintTo(const Scenario& s, std::ostream* os) { *os << s.name; }

class DueScenario : public ::testing::TestWithParam<Scenario> {};

TEST_P(DueScenario, ExpectedItems) {
  const Scenario& s = GetParam();
  PersonParcoursSnapshot person;
  person.dd_since = MaybeDay(s.dd_since);
  person.orientation = ReadOrientation(s.orientation);
  person.contracts = ReadContracts(s.contracts);
  person.appointments = ReadAppointments(s.appointments);
  person.exited_on = MaybeDay(s.exited_on);
  person.social_reviewed_on = MaybeDay(s.social_reviewed_on);
  person.has_vulnerabilities = s.vulnerable;
  EXPECT_EQ(Describe(ComputeDue(person, Day(s.today), DefaultDeadlineRules())), s.expected);
}

INSTANTIATE_TEST_SUITE_P(DefaultRules, DueScenario, ::testing::ValuesIn(kScenarios),
                         [](const auto& param_info) { return param_info.param.name; });

}  // namespace
}  // namespace pacte
