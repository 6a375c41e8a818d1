#include "domain/stats/person_facts.hpp"

#include <gtest/gtest.h>

#include "domain/stats/testing/facts_builder.hpp"

namespace pacte::stats {
namespace {

using testing::D;
using testing::FactsBuilder;

TEST(PersonFactsTest, DdPopulationAndLatestEntryFollowTheRightsHistory) {
  auto p = FactsBuilder(1)
               .Dd("2018-01-01")
               .Closed("2019-06-01")
               .Dd("2021-02-01")
               .Build();
  EXPECT_TRUE(InDdPopulation(p, D("2018-12-31")));
  EXPECT_FALSE(InDdPopulation(p, D("2020-12-31")));
  EXPECT_TRUE(InDdPopulation(p, D("2021-12-31")));
  EXPECT_EQ(LatestDdEntry(p, D("2020-12-31")), D("2018-01-01"));
  EXPECT_EQ(LatestDdEntry(p, D("2021-12-31")), D("2021-02-01"));
  EXPECT_FALSE(LatestDdEntry(p, D("2017-12-31")).has_value());
}

TEST(PersonFactsTest, OrientationInForceIsTheLatestDecidedOnOrBeforeTheDate) {
  auto p = FactsBuilder(2)
               .Oriented("2020-01-10", "social", 3, "departement")
               .Oriented("2020-09-01", "professionnel", 4, "france_travail", true)
               .Build();
  EXPECT_EQ(OrientationAt(p, D("2020-01-09")), nullptr);
  EXPECT_EQ(OrientationAt(p, D("2020-06-30"))->structure_id, 3);
  EXPECT_EQ(OrientationAt(p, D("2020-12-31"))->structure_id, 4);
  EXPECT_TRUE(p.orientations[0].is_first);
  EXPECT_FALSE(p.orientations[1].is_first);
  EXPECT_EQ(FirstOrientationBetween(p, D("2020-02-01"), D("2020-12-31"))->structure_id, 4);
}

TEST(PersonFactsTest, ValidContractNeedsASignatureAndNoEarlierClosure) {
  auto p = FactsBuilder(3)
               .Contract("2020-01-01", "2020-06-30", "cer_social")
               .Contract("2020-07-01", "2020-12-31", "cer_social", {}, nullptr, "2020-10-15")
               .Build();
  EXPECT_EQ(ValidContractAt(p, D("2020-03-01"))->starts_on, D("2020-01-01"));
  EXPECT_EQ(ValidContractAt(p, D("2020-09-01"))->starts_on, D("2020-07-01"));
  EXPECT_EQ(ValidContractAt(p, D("2020-10-15")), nullptr);
  EXPECT_EQ(ValidContractAt(p, D("2021-01-01")), nullptr);

  auto unsigned_yet = FactsBuilder(4)
                          .Contract("2020-01-01", "2020-06-30", "cer_social", {}, "2020-02-01")
                          .Build();
  EXPECT_EQ(ValidContractAt(unsigned_yet, D("2020-01-15")), nullptr);
  EXPECT_NE(ValidContractAt(unsigned_yet, D("2020-02-01")), nullptr);
  EXPECT_EQ(FirstContractBetween(unsigned_yet, D("2020-01-01"), D("2020-12-31"))->signed_on,
            D("2020-02-01"));
}

TEST(PersonFactsTest, ReferentFamilyAndAge) {
  auto p = FactsBuilder(5)
               .Born("1990-07-15")
               .Dd("2019-01-01", FamilySituation::kSeulAvecEnfants)
               .Dd("2020-01-01", FamilySituation::kCoupleAvecEnfants)
               .Referent("2019-02-01", 9, 3, "2019-08-01")
               .Referent("2019-08-01", 10, 3)
               .Build();
  EXPECT_EQ(ReferentAt(p, D("2019-07-31"))->agent_id, 9);
  EXPECT_EQ(ReferentAt(p, D("2019-08-01"))->agent_id, 10);
  EXPECT_EQ(ReferentAt(p, D("2019-01-15")), nullptr);
  EXPECT_EQ(FamilySituationAt(p, D("2019-12-31")), FamilySituation::kSeulAvecEnfants);
  EXPECT_EQ(FamilySituationAt(p, D("2020-12-31")), FamilySituation::kCoupleAvecEnfants);
  EXPECT_EQ(AgeAt(p, D("2020-07-14")), 29);
  EXPECT_EQ(AgeAt(p, D("2020-07-15")), 30);
  EXPECT_EQ(DaysBetween(D("2020-01-01"), D("2020-03-01")), 60);
}

TEST(PersonFactsTest, FamilySituationCodesRoundTrip) {
  for (auto f : AllFamilySituations()) {
    EXPECT_EQ(ParseFamilySituation(FamilySituationCode(f)), f);
    EXPECT_FALSE(FamilySituationLabel(f).empty());
  }
  EXPECT_FALSE(ParseFamilySituation("famille").has_value());
}

}  // namespace
}  // namespace pacte::stats
