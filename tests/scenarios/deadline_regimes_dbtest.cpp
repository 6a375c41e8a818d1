// Deadlines on both sides of 1 January 2025, read through the bulk work-list repository: the
// rule set is the one in force on the date of the triggering event (entry into D&D for the
// orientation, the orientation for the contract), and configured changes apply from their
// effective date. Runs on SQLite and PostgreSQL.

#include <gtest/gtest.h>

#include "app/worklists/deadline_rule_settings.hpp"
#include "scenarios/deadline_world.hpp"

namespace pacte::testing {
namespace {

TEST(DeadlineRegimes, OrientationIsDueTwoMonthsAfterA2024EntryAndSixWeeksAfterA2025One) {
  DeadlineWorld w;
  w.Person("2024-12-20");  // #1: 2009 rules, 2 months
  w.Person("2025-01-06");  // #2: 2025 rules, 6 weeks
  w.Person("2024-12-31");  // #3: 31 December + 2 months ends on 28 February
  w.Today("2025-02-17");
  EXPECT_EQ(w.Listed(DueKind::kOrientation), Lines{});
  w.Today("2025-02-18");
  EXPECT_EQ(w.Listed(DueKind::kOrientation),
            (Lines{"#2 due 2025-02-17 since 2025-02-18 (2025)"}));
  w.Today("2025-02-21");
  EXPECT_EQ(w.Listed(DueKind::kOrientation),
            (Lines{"#2 due 2025-02-17 since 2025-02-18 (2025)",
                   "#1 due 2025-02-20 since 2025-02-21 (2009)"}));
  w.Today("2025-03-01");
  EXPECT_EQ(w.Listed(DueKind::kOrientation),
            (Lines{"#2 due 2025-02-17 since 2025-02-18 (2025)",
                   "#1 due 2025-02-20 since 2025-02-21 (2009)",
                   "#3 due 2025-02-28 since 2025-03-01 (2009)"}));
  EXPECT_EQ(w.Count(DueKind::kOrientation), 3);
}

TEST(DeadlineRegimes, ContractIsDueByTypeUnder2009RulesAndOneMonthFrom2025) {
  DeadlineWorld w;
  auto cer_pro = w.Person("2024-09-02");
  auto cer_social = w.Person("2024-09-02");
  auto ppae = w.Person("2024-09-02");
  auto engagement = w.Person("2024-12-02");
  w.Orient(cer_pro, "professionnel", "2024-11-15");          // CER professionnel: 1 month
  w.Orient(cer_social, "social", "2024-11-15");              // CER social: 2 months
  w.Orient(ppae, "professionnel", "2024-11-15", true);       // PPAE: no legal deadline
  w.Orient(engagement, "socio_professionnel", "2025-01-10");  // contrat d'engagement: 1 month
  w.Today("2025-01-20");
  EXPECT_EQ(w.Listed(DueKind::kContract),
            (Lines{"#1 due 2024-12-15 since 2024-12-16 (2009)",
                   "#2 due 2025-01-15 since 2025-01-16 (2009)"}));
  w.Today("2025-02-11");
  EXPECT_EQ(w.Listed(DueKind::kContract),
            (Lines{"#1 due 2024-12-15 since 2024-12-16 (2009)",
                   "#2 due 2025-01-15 since 2025-01-16 (2009)",
                   "#4 due 2025-02-10 since 2025-02-11 (2025)"}));
}

TEST(DeadlineRegimes, A2025ReorientationRestartsTheContractMonth) {
  DeadlineWorld w;
  auto p = w.Person("2024-09-02");
  w.Orient(p, "professionnel", "2024-10-01");
  w.Contract(p, "cer_professionnel", "signe", "2024-10-20", "2025-10-19", "2024-10-20");
  w.Today("2025-02-01");
  EXPECT_EQ(w.Listed(DueKind::kContract), Lines{});
  w.Orient(p, "social", "2025-02-03");
  w.Today("2025-03-04");
  EXPECT_EQ(w.Listed(DueKind::kContract), (Lines{"#1 due 2025-03-03 since 2025-03-04 (2025)"}));
}

TEST(DeadlineRegimes, AConfiguredChangeAppliesFromItsEffectiveDate) {
  DeadlineWorld w;
  w.settings().deadline_rules = {{"orientation_delay", "3m", "2025-06-01"}};
  w.Person("2025-05-20");  // #1: before the change, 6 weeks
  w.Person("2025-06-02");  // #2: after it, 3 months
  w.Today("2025-07-02");
  EXPECT_EQ(w.Listed(DueKind::kOrientation),
            (Lines{"#1 due 2025-07-01 since 2025-07-02 (2025)"}));
  w.Today("2025-09-03");
  EXPECT_EQ(w.Listed(DueKind::kOrientation),
            (Lines{"#1 due 2025-07-01 since 2025-07-02 (2025)",
                   "#2 due 2025-09-02 since 2025-09-03 (2025)"}));
}

TEST(DeadlineRegimes, AChangeMadeInTheApplicationComesOnTopOfTheConfiguration) {
  DeadlineWorld w;
  w.settings().deadline_rules = {{"orientation_delay", "3m", "2025-06-01"}};
  w.Person("2025-06-02");
  auto added = app::AddDeadlineRule(w.store(), w.clock(), w.settings(),
                                    app::Actor::System("test"),
                                    {"orientation_delay", "2m", "2025-06-02"});
  ASSERT_TRUE(added) << added.error().message;
  w.Today("2025-08-03");
  EXPECT_EQ(w.Listed(DueKind::kOrientation),
            (Lines{"#1 due 2025-08-02 since 2025-08-03 (2025)"}));
}

TEST(DeadlineRegimes, ThePersonsOfAnEarlierEntryKeepTheirRulesAfterAChange) {
  DeadlineWorld w;
  w.Person("2024-12-20");
  auto added = app::AddDeadlineRule(w.store(), w.clock(), w.settings(),
                                    app::Actor::System("test"),
                                    {"orientation_delay", "4m", "2025-01-01"});
  ASSERT_TRUE(added) << added.error().message;
  w.Today("2025-02-21");
  EXPECT_EQ(w.Listed(DueKind::kOrientation),
            (Lines{"#1 due 2025-02-20 since 2025-02-21 (2009)"}));
}

}  // namespace
}  // namespace pacte::testing
