#include "domain/beneficiary/diagnostic.hpp"

#include <gtest/gtest.h>

namespace pacte {
namespace {

const Date kToday = *ParseIsoDate("2026-06-01");

DiagnosticDraft ValidDraft() {
  DiagnosticDraft d;
  d.made_on = "2026-05-20";
  d.items = {{"logement", "sans_hebergement", "fort"}, {"sante", "dossier_mdph", "moyen"}};
  d.driving_licence = true;
  d.qualification_level = "cap_bep";
  d.professional_project = "  Aide à domicile  ";
  d.rome_code = "k1304";
  return d;
}

bool HasField(const Validation& v, const std::string& field) {
  if (v.Ok()) return false;
  for (const auto& f : v.ToError().fields) {
    if (f.field == field) return true;
  }
  return false;
}

TEST(Diagnostic, ValidDraftIsNormalised) {
  Validation errors;
  auto d = ValidateDiagnosticDraft(ValidDraft(), kToday, errors);
  ASSERT_TRUE(errors.Ok());
  EXPECT_EQ(d.made_on, *ParseIsoDate("2026-05-20"));
  ASSERT_EQ(d.items.size(), 2u);
  EXPECT_EQ(d.items[1].theme, BarrierTheme::kSante);
  EXPECT_EQ(d.items[1].impact, BarrierImpact::kMoyen);
  EXPECT_EQ(d.assets.rome_code, "K1304");
  EXPECT_EQ(d.assets.professional_project, "Aide à domicile");
  EXPECT_EQ(d.assets.qualification_level, QualificationLevel::kCapBep);
  EXPECT_FALSE(d.comment);
}

TEST(Diagnostic, MadeOnIsRequiredRealAndNotInTheFuture) {
  for (const char* bad : {"", "2026-02-30", "demain", "2026-06-02"}) {
    auto draft = ValidDraft();
    draft.made_on = bad;
    Validation errors;
    ValidateDiagnosticDraft(draft, kToday, errors);
    EXPECT_TRUE(HasField(errors, "made_on")) << bad;
  }
  auto draft = ValidDraft();
  draft.made_on = "2026-06-01";
  Validation errors;
  ValidateDiagnosticDraft(draft, kToday, errors);
  EXPECT_TRUE(errors.Ok());
}

TEST(Diagnostic, ItemsNameTheirIndexInErrors) {
  auto draft = ValidDraft();
  draft.items = {{"logement", "sans_hebergement", "fort"},
                 {"chomage", "", "tres_fort"},
                 {"logement", "sans_hebergement", "moyen"}};
  Validation errors;
  ValidateDiagnosticDraft(draft, kToday, errors);
  EXPECT_TRUE(HasField(errors, "items[1].theme"));
  EXPECT_TRUE(HasField(errors, "items[1].impact"));
  EXPECT_TRUE(HasField(errors, "items[1].situation_code"));
  EXPECT_TRUE(HasField(errors, "items[2].situation_code"));
  EXPECT_FALSE(HasField(errors, "items[0].situation_code"));
}

TEST(Diagnostic, RomeCodeIsALetterAToNAndFourDigits) {
  EXPECT_TRUE(IsValidRomeCode("K1304"));
  EXPECT_TRUE(IsValidRomeCode("a1101"));
  EXPECT_FALSE(IsValidRomeCode("Z1304"));
  EXPECT_FALSE(IsValidRomeCode("K130"));
  EXPECT_FALSE(IsValidRomeCode("K13045"));
  EXPECT_FALSE(IsValidRomeCode("KX304"));
  auto draft = ValidDraft();
  draft.rome_code = "12345";
  Validation errors;
  ValidateDiagnosticDraft(draft, kToday, errors);
  EXPECT_TRUE(HasField(errors, "rome_code"));
}

TEST(Diagnostic, UnknownQualificationAndLongTextsAreRefused) {
  auto draft = ValidDraft();
  draft.qualification_level = "doctorat";
  draft.professional_project = std::string(kProfessionalProjectMax + 1, 'x');
  draft.comment = std::string(kDiagnosticCommentMax + 1, 'x');
  Validation errors;
  ValidateDiagnosticDraft(draft, kToday, errors);
  EXPECT_TRUE(HasField(errors, "qualification_level"));
  EXPECT_TRUE(HasField(errors, "professional_project"));
  EXPECT_TRUE(HasField(errors, "comment"));
}

TEST(Diagnostic, ThemeTrendComparesStrongestImpacts) {
  std::vector<DiagnosticItem> before{{BarrierTheme::kLogement, "a", BarrierImpact::kFort},
                                     {BarrierTheme::kLogement, "b", BarrierImpact::kMoyen},
                                     {BarrierTheme::kMobilite, "c", BarrierImpact::kMoyen}};
  std::vector<DiagnosticItem> after{{BarrierTheme::kLogement, "b", BarrierImpact::kMoyen},
                                    {BarrierTheme::kMobilite, "c", BarrierImpact::kFort},
                                    {BarrierTheme::kNumerique, "d", BarrierImpact::kSansImpact}};
  EXPECT_EQ(StrongestImpact(before, BarrierTheme::kLogement), BarrierImpact::kFort);
  EXPECT_EQ(CompareTheme(before, after, BarrierTheme::kLogement), ThemeTrend::kImproved);
  EXPECT_EQ(CompareTheme(before, after, BarrierTheme::kMobilite), ThemeTrend::kWorsened);
  EXPECT_EQ(CompareTheme(before, after, BarrierTheme::kNumerique), ThemeTrend::kUnchanged);
  EXPECT_EQ(CompareTheme(after, {}, BarrierTheme::kLogement), ThemeTrend::kImproved);
}

}  // namespace
}  // namespace pacte
