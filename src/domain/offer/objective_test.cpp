#include "domain/offer/objective.hpp"

#include <gtest/gtest.h>

#include "domain/offer/di_codes.hpp"

namespace pacte {
namespace {

TEST(Objective, SixCodesRoundTrip) {
  ASSERT_EQ(AllObjectives().size(), 6u);
  for (Objective o : AllObjectives()) EXPECT_EQ(ParseObjective(ObjectiveCode(o)), o);
  EXPECT_FALSE(ParseObjective("lever-freins-sociaux").has_value());
  EXPECT_EQ(ObjectiveLabel(Objective::kCreerActivite), "Créer son activité");
}

TEST(Objective, EveryThematiqueCategoryHasAnObjective) {
  for (const auto& t : di::Thematiques()) {
    EXPECT_TRUE(ObjectiveOfCategory(di::ThematiqueCategory(t.value)).has_value()) << t.value;
  }
  EXPECT_EQ(ObjectiveOfCategory("remobilisation"), Objective::kSeRemobiliser);
  EXPECT_EQ(ObjectiveOfCategory("souvrir-a-linternational"), Objective::kAccederEmploi);
  EXPECT_FALSE(ObjectiveOfCategory("inconnue").has_value());
}

TEST(Objective, MajorityOfThematiquesWinsTiesInPdiOrder) {
  EXPECT_EQ(ObjectiveOfThematiques({"se-former--trouver-sa-formation",
                                    "mobilite--preparer-un-permis",
                                    "se-former--monter-son-dossier-de-formation"}),
            Objective::kAccederQualification);
  EXPECT_EQ(ObjectiveOfThematiques({"trouver-un-emploi--maintien-dans-lemploi",
                                    "mobilite--preparer-un-permis"}),
            Objective::kLeverFreinsSociaux);
  EXPECT_FALSE(ObjectiveOfThematiques({}).has_value());
}

TEST(Objective, BarriersAndCategoriesAreInverse) {
  for (BarrierTheme theme : AllBarrierThemes()) {
    ASSERT_FALSE(CategoriesOfBarrier(theme).empty()) << BarrierThemeCode(theme);
    for (auto category : CategoriesOfBarrier(theme)) {
      auto back = BarriersOfCategory(category);
      EXPECT_NE(std::find(back.begin(), back.end(), theme), back.end()) << category;
    }
  }
  EXPECT_TRUE(BarriersOfCategory("remobilisation").empty());
}

TEST(DiCodes, ListsMatchTheNationalSizes) {
  EXPECT_EQ(di::Thematiques().size(), 69u);
  EXPECT_EQ(di::Publics().size(), 14u);
  EXPECT_EQ(di::ReseauxPorteurs().size(), 108u);
  EXPECT_EQ(di::ThematiqueCategories().size(), 16u);
  EXPECT_TRUE(di::IsCodeOf(di::Publics(), "tous-publics"));
  EXPECT_EQ(di::LabelOf(di::ModesAccueil(), "a-distance"), "À distance");
  EXPECT_EQ(di::ThematiqueCategoryLabel("mobilite"), "Mobilité");
}

}  // namespace
}  // namespace pacte
