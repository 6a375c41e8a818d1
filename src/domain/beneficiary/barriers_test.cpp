#include "domain/beneficiary/barriers.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

namespace pacte {
namespace {

bool IsSnakeCase(std::string_view code) {
  if (code.empty() || code.front() == '_' || code.back() == '_') return false;
  for (char c : code) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return code.find("__") == std::string_view::npos;
}

TEST(BarrierTheme, HasTheTenNationalThemesInOrder) {
  std::vector<std::string_view> codes;
  for (BarrierTheme t : AllBarrierThemes()) {
    codes.push_back(BarrierThemeCode(t));
    EXPECT_EQ(ParseBarrierTheme(BarrierThemeCode(t)), t);
    EXPECT_FALSE(BarrierThemeLabel(t).empty());
  }
  EXPECT_EQ(codes, (std::vector<std::string_view>{
                       "logement", "emploi", "formation", "difficulte_administrative",
                       "difficulte_financiere", "mobilite", "sante", "contraintes_familiales",
                       "maitrise_langue", "numerique"}));
  EXPECT_EQ(BarrierThemeLabel(BarrierTheme::kDifficulteAdministrative),
            "Difficultés administratives");
  EXPECT_EQ(BarrierThemeLabel(BarrierTheme::kMaitriseLangue), "Maîtrise de la langue");
  EXPECT_EQ(ParseBarrierTheme("Logement"), std::nullopt);
  EXPECT_EQ(ParseBarrierTheme(""), std::nullopt);
}

TEST(BarrierImpact, HasThreeLevelsStrongestFirst) {
  std::vector<std::string_view> codes;
  for (BarrierImpact i : AllBarrierImpacts()) {
    codes.push_back(BarrierImpactCode(i));
    EXPECT_EQ(ParseBarrierImpact(BarrierImpactCode(i)), i);
  }
  EXPECT_EQ(codes, (std::vector<std::string_view>{"fort", "moyen", "sans_impact"}));
  EXPECT_EQ(BarrierImpactLabel(BarrierImpact::kSansImpact), "Sans impact");
  EXPECT_EQ(BarrierImpactLabel(BarrierImpact::kFort), "Impact fort");
  EXPECT_EQ(ParseBarrierImpact("faible"), std::nullopt);
}

TEST(OrientationDifficulty, HasTheSixCriteriaOf2025) {
  std::vector<std::string_view> codes;
  for (OrientationDifficulty d : AllOrientationDifficulties()) {
    codes.push_back(OrientationDifficultyCode(d));
    EXPECT_EQ(ParseOrientationDifficulty(OrientationDifficultyCode(d)), d);
    EXPECT_FALSE(OrientationDifficultyLabel(d).empty());
  }
  EXPECT_EQ(codes, (std::vector<std::string_view>{"sante", "logement", "mobilite", "garde_enfants",
                                                  "aidant_proche", "autre"}));
  EXPECT_EQ(OrientationDifficultyLabel(OrientationDifficulty::kGardeEnfants), "Garde d'enfants");
  EXPECT_EQ(ParseOrientationDifficulty("numerique"), std::nullopt);
}

TEST(OrientationDifficulty, BelongsToADiagnosticTheme) {
  EXPECT_EQ(ThemeOf(OrientationDifficulty::kSante), BarrierTheme::kSante);
  EXPECT_EQ(ThemeOf(OrientationDifficulty::kLogement), BarrierTheme::kLogement);
  EXPECT_EQ(ThemeOf(OrientationDifficulty::kMobilite), BarrierTheme::kMobilite);
  EXPECT_EQ(ThemeOf(OrientationDifficulty::kGardeEnfants), BarrierTheme::kContraintesFamiliales);
  EXPECT_EQ(ThemeOf(OrientationDifficulty::kAidantProche), BarrierTheme::kContraintesFamiliales);
  EXPECT_EQ(ThemeOf(OrientationDifficulty::kAutre), std::nullopt);
  EXPECT_EQ((DifficultyImpact{OrientationDifficulty::kSante, BarrierImpact::kFort}),
            (DifficultyImpact{OrientationDifficulty::kSante, BarrierImpact::kFort}));
}

TEST(StarterSituations, HaveUniqueSnakeCaseCodesAndLabels) {
  std::set<std::string_view> codes;
  for (const BarrierSituation& s : StarterBarrierSituations()) {
    EXPECT_TRUE(IsSnakeCase(s.code)) << s.code;
    EXPECT_TRUE(codes.insert(s.code).second) << "duplicate " << s.code;
    EXPECT_FALSE(s.label.empty()) << s.code;
    EXPECT_LE(s.code.size(), 40u) << s.code;
  }
  EXPECT_EQ(codes.size(), 49u);
}

TEST(StarterSituations, CoverEveryThemeAndAreGroupedInThemeOrder) {
  std::map<BarrierTheme, int> per_theme;
  int last_theme = -1;
  for (const BarrierSituation& s : StarterBarrierSituations()) {
    EXPECT_GE(static_cast<int>(s.theme), last_theme) << s.code;
    last_theme = static_cast<int>(s.theme);
    ++per_theme[s.theme];
  }
  for (BarrierTheme t : AllBarrierThemes()) {
    EXPECT_GE(per_theme[t], 3) << BarrierThemeCode(t);
    EXPECT_EQ(StarterSituationsOf(t).size(), static_cast<std::size_t>(per_theme[t]));
  }
}

TEST(StarterSituations, HoldTheExamplesOfTheNationalReferential) {
  struct Expected {
    const char* code;
    BarrierTheme theme;
    const char* label;
  };
  for (const Expected& e : std::vector<Expected>{
           {"sans_hebergement", BarrierTheme::kLogement, "Sans hébergement"},
           {"procedure_expulsion", BarrierTheme::kLogement, "Procédure d'expulsion"},
           {"permis_b", BarrierTheme::kMobilite, "Permis B"},
           {"enfant_moins_3_ans_sans_garde", BarrierTheme::kContraintesFamiliales,
            "Enfant(s) de moins de 3 ans sans solution de garde"},
           {"dossier_mdph", BarrierTheme::kSante, "Dossier MDPH"},
           {"surendettement", BarrierTheme::kDifficulteFinanciere, "Surendettement"},
           {"difficulte_demarches_en_ligne", BarrierTheme::kNumerique,
            "Difficulté pour les démarches en ligne"},
           {"besoin_fle", BarrierTheme::kMaitriseLangue,
            "Besoin de français langue étrangère (FLE)"},
       }) {
    auto s = FindStarterSituation(e.code);
    ASSERT_TRUE(s) << e.code;
    EXPECT_EQ(s->theme, e.theme) << e.code;
    EXPECT_EQ(s->label, e.label);
  }
  EXPECT_EQ(FindStarterSituation("inconnu"), std::nullopt);
  EXPECT_EQ(StarterSituationsOf(BarrierTheme::kSante).front().code,
            "couverture_sociale_a_mettre_a_jour");
}

}  // namespace
}  // namespace pacte
