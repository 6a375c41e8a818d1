#include <gtest/gtest.h>

#include "domain/offer/delay_stats.hpp"
#include "domain/offer/geo_distance.hpp"
#include "domain/offer/quality_score.hpp"

namespace pacte {
namespace {

TEST(HaversineKm, MeasuresKnownDistancesSymmetrically) {
  // Nanterre (48.8924, 2.2071) to Antony (48.7540, 2.2975): about 16.9 km.
  const double d = HaversineKm(48.8924, 2.2071, 48.7540, 2.2975);
  EXPECT_NEAR(d, 16.9, 0.2);
  EXPECT_DOUBLE_EQ(d, HaversineKm(48.7540, 2.2975, 48.8924, 2.2071));
  EXPECT_DOUBLE_EQ(HaversineKm(48.89, 2.20, 48.89, 2.20), 0.0);
  // One degree of latitude: pi * R / 180.
  EXPECT_NEAR(HaversineKm(48.0, 2.0, 49.0, 2.0), 111.195, 0.01);
}

TEST(DelayStats, MeanAndMedianOfOddEvenAndEmptySets) {
  auto empty = ComputeDelayStats({});
  EXPECT_EQ(empty.count, 0);
  EXPECT_FALSE(empty.mean);
  EXPECT_FALSE(empty.median);
  auto odd = ComputeDelayStats({10, 1, 4});
  EXPECT_EQ(odd.count, 3);
  EXPECT_DOUBLE_EQ(*odd.mean, 5);
  EXPECT_DOUBLE_EQ(*odd.median, 4);
  auto even = ComputeDelayStats({7, 1, 3, 30});
  EXPECT_DOUBLE_EQ(*even.mean, 10.25);
  EXPECT_DOUBLE_EQ(*even.median, 5);
}

TEST(FillRate, IsUsedOverPlacesAndUnknownWithoutPlaces) {
  EXPECT_DOUBLE_EQ(*FillRate(3, 4), 0.75);
  EXPECT_DOUBLE_EQ(*FillRate(5, 4), 1.25);
  EXPECT_FALSE(FillRate(2, 0));
}

QualityFacts Complete() {
  QualityFacts f;
  f.on_site = true;
  f.has_address = true;
  f.has_phone = true;
  f.has_email = true;
  f.modes_mobilisation = {"telephoner", "envoyer-un-courriel"};
  f.has_mobilisable_par = true;
  f.date_maj = ParseIsoDate("2026-05-01");
  f.has_thematique = true;
  f.has_public = true;
  f.description_length = 400;
  f.frais = "gratuit";
  return f;
}

TEST(QualityFacts, CompleteRecentListingScoresOne) {
  const Date today = *ParseIsoDate("2026-06-01");
  EXPECT_DOUBLE_EQ(ComputeQualityScore(Complete(), today).score, 1.0);
  EXPECT_STREQ(QualityLevel(1.0), "bonne");
  EXPECT_STREQ(QualityLabel(0.6), "Qualité moyenne");
  EXPECT_STREQ(QualityLevel(0.3), "faible");
}

TEST(QualityFacts, EachCriterionLowersTheMean) {
  const Date today = *ParseIsoDate("2026-06-01");
  auto f = Complete();
  f.has_address = false;  // 9 of 10 criteria met (on site, phone, e-mail apply)
  EXPECT_NEAR(ComputeQualityScore(f, today).score, 0.9, 1e-9);
  f = Complete();
  f.description_length = 120;  // 0.5
  f.frais = "payant";          // without précisions: 0.5
  EXPECT_NEAR(ComputeQualityScore(f, today).score, 0.9, 1e-9);
  f = Complete();
  f.date_maj = ParseIsoDate("2024-06-01");  // two years old: 0
  f.modes_mobilisation = {};                // mobilisation: 0.5 (mobilisable_par only)
  f.on_site = false;                        // address no longer applies
  // criteria: mobilisation 0.5, freshness 0, thematique, public, contact, description, fees.
  EXPECT_NEAR(ComputeQualityScore(f, today).score, 5.5 / 7, 1e-9);
}

TEST(QualityFacts, FreshnessDecreasesLinearlyFromSixMonthsToTwoYears) {
  auto f = Complete();
  f.on_site = false;
  f.modes_mobilisation = {"se-presenter"};
  // 7 criteria: all 1 except freshness.
  f.date_maj = ParseIsoDate("2025-06-01");  // 12 months: halfway-ish through 6..24 months
  const double score = ComputeQualityScore(f, *ParseIsoDate("2026-06-01")).score;
  EXPECT_GT(score, 6.0 / 7);
  EXPECT_LT(score, 1.0);
  f.date_maj = std::nullopt;
  EXPECT_NEAR(ComputeQualityScore(f, *ParseIsoDate("2026-06-01")).score, 6.0 / 7, 1e-9);
}

}  // namespace
}  // namespace pacte
