// Contract fields: dates, the weekly activity of a contrat d'engagement (minimum and
// exemptions are configuration), actions typed with the OARSA list, length shortcuts.

#include "domain/parcours/contract_rules.hpp"

#include <gtest/gtest.h>

#include <limits>

#include "domain/parcours/field_errors_test.hpp"

namespace pacte {
namespace {

using test_support::FieldErrors;
using test_support::Messages;

Date D(const char* iso) { return *ParseIsoDate(iso); }
const Date kToday = D("2025-03-15");

ContractDraft Engagement(std::optional<double> hours, std::string exemption = "") {
  ContractDraft d;
  d.type = "contrat_engagement";
  d.signed_on = "2025-03-01";
  d.starts_on = "2025-03-01";
  d.ends_on = "2025-08-31";
  d.weekly_hours = hours;
  d.exemption_reason = std::move(exemption);
  d.actions = {{"Atelier CV", 2}, {"Aide au permis de conduire", 8}};
  return d;
}

Messages Check(const ContractDraft& draft, const ContractRules& rules = DefaultContractRules()) {
  Validation v;
  ValidateContract(draft, rules, kToday, v);
  return FieldErrors(v);
}

TEST(ContractValidation, AcceptsASignedContratEngagement) {
  Validation v;
  auto f = ValidateContract(Engagement(15), DefaultContractRules(), kToday, v);
  ASSERT_TRUE(v.Ok()) << FieldErrors(v).begin()->second;
  EXPECT_EQ(f.type, ContractType::kContratEngagement);
  EXPECT_EQ(f.signed_on, D("2025-03-01"));
  EXPECT_EQ(f.starts_on, D("2025-03-01"));
  EXPECT_EQ(f.ends_on, D("2025-08-31"));
  EXPECT_EQ(f.weekly_hours, 15);
  EXPECT_FALSE(f.exemption_reason);
  ASSERT_EQ(f.actions.size(), 2u);
  EXPECT_EQ(f.actions[1].label, "Aide au permis de conduire");
  EXPECT_EQ(f.actions[1].action_type, 8);
  EXPECT_EQ(InitialContractStatus(f), ContractStatus::kSigne);
}

TEST(ContractValidation, WithoutSignatureItIsADraft) {
  auto draft = Engagement(20);
  draft.signed_on = "";
  Validation v;
  auto f = ValidateContract(draft, DefaultContractRules(), kToday, v);
  ASSERT_TRUE(v.Ok());
  EXPECT_FALSE(f.signed_on);
  EXPECT_EQ(InitialContractStatus(f), ContractStatus::kBrouillon);
}

TEST(ContractValidation, ReportsMissingFields) {
  EXPECT_EQ(Check(ContractDraft{}), (Messages{
                                        {"ends_on", "La date est obligatoire."},
                                        {"starts_on", "La date est obligatoire."},
                                        {"type", "Choisissez le type de contrat."},
                                    }));
}

TEST(ContractValidation, UnreadableTypeTriggersNoTypeRule) {
  auto draft = Engagement(std::nullopt, "sante");
  draft.type = "contrat";
  EXPECT_EQ(Check(draft), (Messages{{"type",
                                     "Type de contrat inconnu : CER professionnel, CER "
                                     "social, PPAE ou contrat d'engagement."}}));
}

TEST(ContractValidation, EndMustBeAfterStart) {
  auto draft = Engagement(15);
  draft.ends_on = "2025-03-01";
  EXPECT_EQ(Check(draft),
            (Messages{{"ends_on", "La date de fin doit être postérieure à la date de début."}}));
  draft.ends_on = "2025-02-28";
  EXPECT_EQ(Check(draft),
            (Messages{{"ends_on", "La date de fin doit être postérieure à la date de début."},
                      {"signed_on",
                       "La date de signature ne peut pas être postérieure à la fin du contrat."}}));
  draft.ends_on = "2025-03-02";
  EXPECT_TRUE(Check(draft).empty());
}

TEST(ContractValidation, ReportsUnreadableValues) {
  auto draft = Engagement(15);
  draft.type = "cer";
  draft.starts_on = "2025-13-01";
  draft.signed_on = "hier";
  EXPECT_EQ(Check(draft), (Messages{
                              {"signed_on", "Date invalide (format attendu AAAA-MM-JJ)."},
                              {"starts_on", "Date invalide (format attendu AAAA-MM-JJ)."},
                              {"type",
                               "Type de contrat inconnu : CER professionnel, CER social, PPAE ou "
                               "contrat d'engagement."},
                          }));
}

TEST(ContractValidation, SignatureDateIsNotInTheFutureNorAfterTheEnd) {
  auto draft = Engagement(15);
  draft.signed_on = "2025-03-16";
  EXPECT_EQ(Check(draft),
            (Messages{{"signed_on", "La date de signature ne peut pas être dans le futur."}}));
  draft.starts_on = "2024-09-01";
  draft.ends_on = "2025-02-28";
  draft.signed_on = "2025-03-01";
  EXPECT_EQ(Check(draft),
            (Messages{{"signed_on",
                       "La date de signature ne peut pas être postérieure à la fin du contrat."}}));
}

TEST(ContractValidation, ContratEngagementNeedsTheMinimumWeeklyHours) {
  const char* message =
      "Le contrat d'engagement prévoit au moins 15 heures d'activité par semaine, sauf dispense "
      "motivée.";
  EXPECT_EQ(Check(Engagement(14.5)), (Messages{{"weekly_hours", message}}));
  EXPECT_EQ(Check(Engagement(std::nullopt)), (Messages{{"weekly_hours", message}}));
  EXPECT_TRUE(Check(Engagement(15)).empty());
  EXPECT_TRUE(Check(Engagement(35)).empty());
}

TEST(ContractValidation, AnExemptionReplacesTheMinimum) {
  Validation v;
  auto f = ValidateContract(Engagement(4, "sante"), DefaultContractRules(), kToday, v);
  ASSERT_TRUE(v.Ok());
  EXPECT_EQ(f.exemption_reason, "sante");
  EXPECT_TRUE(Check(Engagement(std::nullopt, "parent_isole_sans_garde")).empty());
  EXPECT_EQ(Check(Engagement(4, "fatigue")),
            (Messages{{"exemption_reason", "Motif de dispense inconnu."}}));
}

TEST(ContractValidation, MinimumAndExemptionsAreConfiguration) {
  ContractRules rules;
  rules.min_weekly_hours = 20.5;
  rules.exemption_reasons = {{"formation_longue", "Formation longue"}};
  EXPECT_EQ(Check(Engagement(20), rules),
            (Messages{{"weekly_hours",
                       "Le contrat d'engagement prévoit au moins 20,5 heures "
                       "d'activité par semaine, sauf dispense motivée."}}));
  EXPECT_TRUE(Check(Engagement(2, "formation_longue"), rules).empty());
  EXPECT_EQ(Check(Engagement(2, "sante"), rules).count("exemption_reason"), 1u);
  ASSERT_NE(rules.FindExemption("formation_longue"), nullptr);
  EXPECT_EQ(rules.FindExemption("formation_longue")->label, "Formation longue");
  EXPECT_EQ(rules.FindExemption("sante"), nullptr);
}

TEST(ContractValidation, OtherTypesHaveNoMinimumAndNoExemption) {
  auto draft = Engagement(std::nullopt);
  draft.type = "cer_social";
  EXPECT_TRUE(Check(draft).empty());
  draft.weekly_hours = 3;
  EXPECT_TRUE(Check(draft).empty());
  draft.exemption_reason = "sante";
  EXPECT_EQ(Check(draft), (Messages{{"exemption_reason",
                                     "Une dispense d'heures d'activité ne concerne que le "
                                     "contrat d'engagement."}}));
}

TEST(ContractValidation, WeeklyHoursWithinTheLegalWeek) {
  const char* message = "Le nombre d'heures hebdomadaires doit être compris entre 0 et 48.";
  EXPECT_EQ(Check(Engagement(-1)), (Messages{{"weekly_hours", message}}));
  EXPECT_EQ(Check(Engagement(48.5)), (Messages{{"weekly_hours", message}}));
  EXPECT_EQ(Check(Engagement(std::numeric_limits<double>::quiet_NaN())),
            (Messages{{"weekly_hours", message}}));
  EXPECT_TRUE(Check(Engagement(48)).empty());
  EXPECT_TRUE(Check(Engagement(0, "handicap")).empty());
}

TEST(ContractValidation, ActionsAreDescribedAndTyped) {
  auto draft = Engagement(15);
  draft.actions = {
      {"", 2}, {"Atelier", 0}, {"Bilan", 16}, {std::string(301, 'a'), 1}, {"Soins", 10}};
  EXPECT_EQ(Check(draft),
            (Messages{
                {"actions[0].label", "Décrivez l'action."},
                {"actions[1].action_type", "Type d'action inconnu : choisir un type de 1 à 15."},
                {"actions[2].action_type", "Type d'action inconnu : choisir un type de 1 à 15."},
                {"actions[3].label", "Ce texte ne doit pas dépasser 300 caractères."},
            }));
  draft.actions.assign(51, ContractActionDraft{"Atelier", 1});
  EXPECT_EQ(Check(draft),
            (Messages{{"actions", "Un contrat ne peut pas prévoir plus de 50 actions."}}));
}

// Length shortcuts: the contract ends the day before the same date N months later.
TEST(ContractLength, Shortcuts) {
  struct Row {
    const char* starts_on;
    int months;
    const char* ends_on;
  };
  const Row rows[] = {
      {"2025-03-01", 3, "2025-05-31"},  {"2025-03-01", 6, "2025-08-31"},
      {"2025-03-01", 12, "2026-02-28"}, {"2025-03-01", 24, "2027-02-28"},
      {"2025-01-15", 6, "2025-07-14"},  {"2024-08-31", 6, "2025-02-28"},
      {"2023-08-31", 6, "2024-02-29"},  {"2025-05-31", 3, "2025-08-30"},
      {"2025-11-30", 3, "2026-02-28"},  {"2024-02-29", 12, "2025-02-28"},
  };
  for (const auto& row : rows) {
    EXPECT_EQ(FormatIsoDate(ContractEndAfterMonths(D(row.starts_on), row.months)), row.ends_on)
        << row.starts_on << " + " << row.months;
  }
  for (int m : {3, 6, 12, 24}) EXPECT_TRUE(IsContractLengthShortcut(m));
  for (int m : {0, 1, 9, 18, 36}) EXPECT_FALSE(IsContractLengthShortcut(m));
}

}  // namespace
}  // namespace pacte
