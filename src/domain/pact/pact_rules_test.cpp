#include "domain/pact/pact_rules.hpp"

#include <cmath>
#include <gtest/gtest.h>

namespace pacte {
namespace {

const YearPeriod kPact{2016, 2020};

std::string MessageFor(const Validation& v, const std::string& field) {
  if (v.Ok()) return "";
  for (const auto& f : v.ToError().fields) {
    if (f.field == field) return f.message;
  }
  return "";
}

TEST(PactRules, StatusCodes) {
  EXPECT_EQ(PactStatusCode(PactStatus::kAdopte), "adopte");
  EXPECT_EQ(PactStatusLabel(PactStatus::kAdopte), "Adopté");
  EXPECT_EQ(ParsePactStatus("clos"), PactStatus::kClos);
  EXPECT_FALSE(ParsePactStatus("adopté"));
  EXPECT_EQ(kPact.Text(), "2016-2020");
  EXPECT_TRUE(kPact.Contains(2016));
  EXPECT_FALSE(kPact.Contains(2021));
}

TEST(PactRules, PactNeedsNameOrderedYearsAndAdoptionDate) {
  Validation v;
  ValidatePact({"  ", {2020, 2016}, std::nullopt, PactStatus::kAdopte}, v);
  EXPECT_EQ(MessageFor(v, "name"), "Le nom du pacte est obligatoire.");
  EXPECT_EQ(MessageFor(v, "period_end"), "L'année de fin ne peut précéder l'année de début.");
  EXPECT_EQ(MessageFor(v, "adopted_on"), "Un pacte adopté ou clos doit avoir sa date d'adoption.");
  Validation ok;
  ValidatePact({"Pacte 2016-2020", kPact, std::nullopt, PactStatus::kBrouillon}, ok);
  EXPECT_TRUE(ok.Ok());
  Validation far;
  ValidatePact({"P", {1990, 2040}, std::nullopt, PactStatus::kBrouillon}, far);
  EXPECT_EQ(MessageFor(far, "period_start"),
            "L'année de début doit être comprise entre 2000 et 2100.");
  Validation longer;
  ValidatePact({"P", {2016, 2030}, std::nullopt, PactStatus::kBrouillon}, longer);
  EXPECT_EQ(MessageFor(longer, "period_end"), "Un pacte dure au plus 10 ans.");
}

TEST(PactRules, OrientationCodeAndLabel) {
  Validation v;
  ValidateOrientation("Santé", "", v);
  EXPECT_NE(MessageFor(v, "code"), "");
  EXPECT_EQ(MessageFor(v, "label"), "Le libellé de l'orientation est obligatoire.");
  Validation ok;
  ValidateOrientation("freins_sante", "Levée des freins liés à la santé", ok);
  EXPECT_TRUE(ok.Ok());
}

TEST(PactRules, ObjectivePeriodInsideThePact) {
  Validation v;
  ValidateObjective("Partager les diagnostics", {2015, 2022}, kPact, v);
  EXPECT_EQ(MessageFor(v, "period_start"),
            "L'année de début 2015 est hors de la période du pacte : le pacte couvre 2016 à 2020.");
  EXPECT_EQ(MessageFor(v, "period_end"),
            "L'année de fin 2022 est hors de la période du pacte : le pacte couvre 2016 à 2020.");
  Validation reversed;
  ValidateObjective("x", {2019, 2017}, kPact, reversed);
  EXPECT_EQ(MessageFor(reversed, "period_end"), "L'année de fin ne peut précéder l'année de début.");
}

TEST(PactRules, IndicatorBaselineRules) {
  IndicatorFields f;
  f.name = "";
  f.baseline_value = 12;
  Validation v;
  ValidateIndicator(f, kPact, v);
  EXPECT_EQ(MessageFor(v, "name"), "Le nom de l'indicateur est obligatoire.");
  EXPECT_EQ(MessageFor(v, "baseline_on"), "Indiquez la date de la valeur de référence.");
  f.name = "Part des personnes orientées";
  f.baseline_on = *ParseIsoDate("2021-12-31");
  Validation after;
  ValidateIndicator(f, kPact, after);
  EXPECT_EQ(MessageFor(after, "baseline_on"),
            "La valeur de référence ne peut être postérieure à la fin du pacte (2020).");
  f.baseline_on = *ParseIsoDate("2015-12-31");
  Validation ok;
  ValidateIndicator(f, kPact, ok);
  EXPECT_TRUE(ok.Ok());
}

TEST(PactRules, TargetOutsideThePeriodIsRefused) {
  Validation v;
  ValidateTarget(2022, 50, kPact, v);
  EXPECT_EQ(MessageFor(v, "year"),
            "Cible refusée : l'année 2022 est hors de la période du pacte (2016 à 2020).");
  Validation nan;
  ValidateTarget(2018, std::nan(""), kPact, nan);
  EXPECT_EQ(MessageFor(nan, "value"), "La cible doit être un nombre.");
  Validation ok;
  ValidateTarget(2020, 50, kPact, ok);
  EXPECT_TRUE(ok.Ok());
}

TEST(PactRules, MeasurementForAnUnknownOrFutureYearIsRefused) {
  Validation v;
  ValidateMeasurement(2014, 3, "", "", kPact, 2026, v);
  EXPECT_EQ(MessageFor(v, "year"),
            "Aucune mesure n'est attendue pour l'année 2014 : le pacte couvre 2016 à 2020.");
  Validation future;
  ValidateMeasurement(2019, 3, "", "", kPact, 2018, future);
  EXPECT_EQ(MessageFor(future, "year"), "L'année 2019 n'est pas encore commencée.");
  Validation nan;
  ValidateMeasurement(2018, std::nan(""), "", "", kPact, 2026, nan);
  EXPECT_EQ(MessageFor(nan, "value"), "La valeur mesurée doit être un nombre.");
  Validation ok;
  ValidateMeasurement(2018, 3, "Chiffre CAF", "CAF", kPact, 2026, ok);
  EXPECT_TRUE(ok.Ok());
}

TEST(PactRules, CommentAndCommitmentText) {
  Validation v;
  ValidateComment("   ", v);
  ValidateCommitmentText(std::string(2001, 'a'), v);
  EXPECT_EQ(MessageFor(v, "body"), "Le message est obligatoire.");
  EXPECT_EQ(MessageFor(v, "text"), "Le texte de l'engagement ne peut dépasser 2000 caractères.");
}

}  // namespace
}  // namespace pacte
