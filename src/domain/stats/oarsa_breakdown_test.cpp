#include "domain/stats/oarsa_breakdown.hpp"

#include <gtest/gtest.h>

#include "domain/stats/testing/facts_builder.hpp"

namespace pacte::stats {
namespace {

using testing::D;
using testing::FactsBuilder;

std::size_t Row(const PersonFacts& p, OarsaDimension d, const char* date = "2020-12-31") {
  return OarsaProfileAt(p, D(date))[static_cast<std::size_t>(d)];
}

std::string Label(const PersonFacts& p, OarsaDimension d, const char* date = "2020-12-31") {
  return OarsaRowLabels(d)[Row(p, d, date)];
}

TEST(OarsaBreakdownTest, EveryDimensionEndsWithAnUnknownRow) {
  for (auto d : AllOarsaDimensions()) EXPECT_EQ(OarsaRowLabels(d).back(), "Inconnu");
  EXPECT_EQ(OarsaRowLabels(OarsaDimension::kAge).size(), 7U);
  EXPECT_EQ(OarsaRowLabels(OarsaDimension::kSeniority).size(), 6U);
}

TEST(OarsaBreakdownTest, AgeIsTakenAtTheSurveyDateInWholeYears) {
  // 25 on 31/12/2020 exactly → 25–29; one day later born → still 24.
  EXPECT_EQ(Label(FactsBuilder(1).Born("1995-12-31").Build(), OarsaDimension::kAge), "25 à 29 ans");
  EXPECT_EQ(Label(FactsBuilder(2).Born("1996-01-01").Build(), OarsaDimension::kAge),
            "Moins de 25 ans");
  EXPECT_EQ(Label(FactsBuilder(3).Born("1960-12-31").Build(), OarsaDimension::kAge),
            "60 ans ou plus");
  EXPECT_EQ(Label(FactsBuilder(4).Born("1961-01-01").Build(), OarsaDimension::kAge), "50 à 59 ans");
  EXPECT_EQ(Label(FactsBuilder(5).Build(), OarsaDimension::kAge), "Inconnu");
}

TEST(OarsaBreakdownTest, SexFamilyAndEducationFallBackToUnknown) {
  auto known = FactsBuilder(1)
                   .Sex("F")
                   .Qualification("cap_bep")
                   .Dd("2019-01-01", FamilySituation::kSeulAvecEnfants)
                   .Build();
  EXPECT_EQ(Label(known, OarsaDimension::kSex), "Femme");
  EXPECT_EQ(Label(known, OarsaDimension::kFamily), "Personne seule avec enfant(s)");
  EXPECT_EQ(Label(known, OarsaDimension::kEducation), "CAP ou BEP");
  auto unknown = FactsBuilder(2).Sex("X").Qualification("doctorat").Dd("2019-01-01").Build();
  EXPECT_EQ(Label(unknown, OarsaDimension::kSex), "Inconnu");
  EXPECT_EQ(Label(unknown, OarsaDimension::kFamily), "Inconnu");
  EXPECT_EQ(Label(unknown, OarsaDimension::kEducation), "Inconnu");
  EXPECT_EQ(Label(FactsBuilder(3).Sex("M").Build(), OarsaDimension::kSex), "Homme");
}

TEST(OarsaBreakdownTest, FamilyIsTheOneOfTheRightsRowCoveringTheDate) {
  auto p = FactsBuilder(1)
               .Dd("2019-01-01", FamilySituation::kCoupleSansEnfant)
               .Dd("2020-12-31", FamilySituation::kCoupleAvecEnfants)
               .Build();
  EXPECT_EQ(Label(p, OarsaDimension::kFamily, "2020-12-30"), "Couple sans enfant");
  EXPECT_EQ(Label(p, OarsaDimension::kFamily), "Couple avec enfant(s)");
}

TEST(OarsaBreakdownTest, SeniorityCountsCalendarMonthsFromTheLatestEntry) {
  auto since = [](const char* entry) {
    return Label(FactsBuilder(1).Dd(entry).Build(), OarsaDimension::kSeniority);
  };
  EXPECT_EQ(since("2020-07-01"), "Moins de 6 mois");        // +6 months = 01/01/2021
  EXPECT_EQ(since("2020-06-30"), "6 mois à moins d'1 an");  // +6 months = 30/12/2020
  EXPECT_EQ(since("2020-01-01"), "6 mois à moins d'1 an");  // +12 months = 01/01/2021
  EXPECT_EQ(since("2019-12-31"), "1 an à moins de 2 ans");
  EXPECT_EQ(since("2019-01-01"), "1 an à moins de 2 ans");
  EXPECT_EQ(since("2018-12-31"), "2 ans à moins de 5 ans");
  EXPECT_EQ(since("2016-01-01"), "2 ans à moins de 5 ans");
  EXPECT_EQ(since("2015-12-31"), "5 ans ou plus");
  EXPECT_EQ(Label(FactsBuilder(2).Build(), OarsaDimension::kSeniority), "Inconnu");
}

TEST(OarsaBreakdownTest, SeniorityRestartsAtTheLatestEntryAfterAClosure) {
  auto p = FactsBuilder(1).Dd("2010-01-01").Closed("2019-01-01").Dd("2020-09-01").Build();
  EXPECT_EQ(Label(p, OarsaDimension::kSeniority), "Moins de 6 mois");
}

}  // namespace
}  // namespace pacte::stats
