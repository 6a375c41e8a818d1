#include "domain/stats/funnel.hpp"

#include <gtest/gtest.h>

#include "domain/stats/testing/dashboard_population.hpp"

namespace pacte::stats {
namespace {

using testing::D;
using testing::DashboardPopulation;
using testing::FactsBuilder;

TEST(Funnel, StagesAreNestedAndFollowTheDefinitions) {
  const auto people = DashboardPopulation();
  const Date as_of = D("2020-12-31");
  EXPECT_EQ(JourneyAt(people[0], as_of).reached, 6);
  EXPECT_EQ(JourneyAt(people[1], as_of).reached, 2);
  EXPECT_EQ(JourneyAt(people[2], as_of).reached, 1);
  EXPECT_EQ(JourneyAt(people[3], as_of).reached, 0);
  EXPECT_EQ(JourneyAt(people[4], as_of).reached, 4);
}

TEST(Funnel, DelaysBetweenSteps) {
  const auto people = DashboardPopulation();
  const auto j = JourneyAt(people[0], D("2020-12-31"));
  EXPECT_EQ(j.entry_to_orientation, 45);
  EXPECT_EQ(j.orientation_to_referent, 16);
  EXPECT_EQ(j.orientation_to_contract, 47);
  ASSERT_EQ(j.prescription_to_entry.size(), 1u);
  EXPECT_EQ(j.prescription_to_entry[0], 21);
  const auto j2 = JourneyAt(people[1], D("2020-12-31"));
  EXPECT_EQ(j2.entry_to_orientation, 92);
  EXPECT_FALSE(j2.orientation_to_referent);
  EXPECT_FALSE(j2.orientation_to_contract);
}

TEST(Funnel, AsOfAnEarlierDateGivesTheEarlierJourney) {
  const auto people = DashboardPopulation();
  // On 2020-04-01 person 1 had entered D&D but was not yet oriented.
  const auto j = JourneyAt(people[0], D("2020-04-01"));
  EXPECT_EQ(j.reached, 1);
  EXPECT_FALSE(j.entry_to_orientation);
  // Person 4 was in D&D during the year ending 2019-01-31.
  EXPECT_EQ(JourneyAt(people[3], D("2019-01-31")).reached, 1);
}

TEST(Funnel, ExitToEmploymentNeedsAnEmploymentReason) {
  EXPECT_TRUE(IsExitToEmployment("emploi_durable"));
  EXPECT_TRUE(IsExitToEmployment("emploi_temporaire"));
  EXPECT_TRUE(IsExitToEmployment("creation_activite"));
  EXPECT_FALSE(IsExitToEmployment("formation_qualifiante"));
  EXPECT_FALSE(IsExitToEmployment("demenagement"));
}

TEST(Funnel, DraftContractDoesNotCount) {
  auto p = FactsBuilder(9).Dd("2020-01-01").Oriented("2020-02-01", "social", 1, "departement")
               .Referent("2020-02-02", 5).Contract("2020-03-01", "2020-12-31", "cer_social")
               .Build();
  p.contracts[0].status = "brouillon";
  EXPECT_EQ(JourneyAt(p, D("2020-12-31")).reached, 3);
}

TEST(Funnel, StageLabelsAreFrench) {
  EXPECT_EQ(FunnelStageLabel(0), "Soumis aux droits et devoirs");
  EXPECT_EQ(FunnelStageLabel(5), "Sortis vers l'emploi");
  EXPECT_EQ(FunnelStageLabel(6), "");
}

}  // namespace
}  // namespace pacte::stats
