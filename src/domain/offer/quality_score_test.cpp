#include "domain/offer/quality_score.hpp"

#include <gtest/gtest.h>

namespace pacte {
namespace {

ActionFields Complete() {
  ActionFields f;
  f.name = "Atelier mobilité";
  f.description = std::string(250, 'a');
  f.telephone = "01 47 29 30 31";
  f.courriel = "a@b.fr";
  f.adresse = "1 place de la Boule";
  f.commune_code = "92050";
  f.modes_accueil = {"en-presentiel"};
  f.modes_mobilisation = {"telephoner", "envoyer-un-courriel"};
  f.mobilisable_par = {"professionnels"};
  f.thematiques = {"mobilite--preparer-un-permis"};
  f.publics = {"tous-publics"};
  f.frais = "gratuit";
  return f;
}

const Date kToday = *ParseIsoDate("2026-06-01");

double ValueOf(const QualityScore& q, std::string_view code) {
  for (const auto& c : q.criteria) {
    if (c.code == code) return c.value;
  }
  return -1;  // not applicable
}

TEST(QualityScore, CompleteAndFreshServiceScoresOneWithNothingToFix) {
  auto q = ComputeQualityScore(Complete(), kToday, kToday);
  EXPECT_DOUBLE_EQ(q.score, 1.0);
  EXPECT_EQ(q.criteria.size(), 10u);
  EXPECT_TRUE(q.ToFix().empty());
}

TEST(QualityScore, ConditionalCriteriaApplyOnlyWhenRelevant) {
  ActionFields f = Complete();
  f.modes_accueil = {"a-distance"};
  f.modes_mobilisation = {"se-presenter"};
  auto q = ComputeQualityScore(f, kToday, kToday);
  EXPECT_EQ(q.criteria.size(), 7u);
  EXPECT_EQ(ValueOf(q, "adresse"), -1);
  EXPECT_EQ(ValueOf(q, "telephone"), -1);
  f = Complete();
  f.adresse.clear();
  f.telephone.clear();
  f.courriel.clear();
  q = ComputeQualityScore(f, kToday, kToday);
  EXPECT_EQ(ValueOf(q, "adresse"), 0);
  EXPECT_EQ(ValueOf(q, "telephone"), 0);
  EXPECT_EQ(ValueOf(q, "courriel"), 0);
  EXPECT_EQ(ValueOf(q, "contact"), 0);
  EXPECT_DOUBLE_EQ(q.score, 6.0 / 10.0);
  ASSERT_EQ(q.ToFix().size(), 4u);
  EXPECT_NE(q.ToFix()[0].find("adresse"), std::string::npos);
}

TEST(QualityScore, HalfValuesForMobilisationDescriptionAndFees) {
  ActionFields f = Complete();
  f.mobilisable_par.clear();
  f.description = std::string(60, 'a');
  f.frais = "payant";
  auto q = ComputeQualityScore(f, kToday, kToday);
  EXPECT_EQ(ValueOf(q, "mobilisation"), 0.5);
  EXPECT_EQ(ValueOf(q, "description"), 0.5);
  EXPECT_EQ(ValueOf(q, "frais"), 0.5);
  f.frais_precisions = "10 € par séance";
  f.description = std::string(2000, 'a');
  f.modes_mobilisation.clear();
  q = ComputeQualityScore(f, kToday, kToday);
  EXPECT_EQ(ValueOf(q, "frais"), 1);
  EXPECT_EQ(ValueOf(q, "description"), 0.5);
  EXPECT_EQ(ValueOf(q, "mobilisation"), 0);
  f.description = std::string(49, 'a');
  f.frais.clear();
  q = ComputeQualityScore(f, kToday, kToday);
  EXPECT_EQ(ValueOf(q, "description"), 0);
  EXPECT_EQ(ValueOf(q, "frais"), 0);
}

TEST(QualityScore, FreshnessDecreasesLinearlyFromSixMonthsToTwoYears) {
  const Date maj = *ParseIsoDate("2024-01-01");
  auto value = [&](const char* today) {
    return ValueOf(ComputeQualityScore(Complete(), maj, *ParseIsoDate(today)), "date_maj");
  };
  EXPECT_EQ(value("2024-07-01"), 1);
  EXPECT_EQ(value("2026-01-01"), 0);
  EXPECT_EQ(value("2027-01-01"), 0);
  double middle = value("2025-04-01");  // 274 of 549 days left
  EXPECT_NEAR(middle, 274.0 / 550.0, 0.01);
}

}  // namespace
}  // namespace pacte
