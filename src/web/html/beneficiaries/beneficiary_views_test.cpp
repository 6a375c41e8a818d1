#include "web/html/beneficiaries/beneficiary_views.hpp"

#include <gtest/gtest.h>

namespace pacte::web {
namespace {

TEST(BeneficiaryViews, DisplayNameUpperCasesAccentedLastNames) {
  EXPECT_EQ(DisplayName(Civility::kMadame, "Awa", "Lefèvre"), "Mme Awa LEFÈVRE");
  EXPECT_EQ(DisplayName(Civility::kMonsieur, "Youssef", "François"), "M. Youssef FRANÇOIS");
  EXPECT_EQ(DisplayName(std::nullopt, "Éric", "Da Silva-Traoré"), "Éric DA SILVA-TRAORÉ");
  EXPECT_EQ(DisplayName(std::nullopt, "Léa", "Cœur d'Ÿvoire ÿ"), "Léa CŒUR D'ŸVOIRE Ÿ");
  // The division sign (U+00F7) has no upper case; other scripts are kept as typed.
  EXPECT_EQ(DisplayName(std::nullopt, "A", "a÷b Ωmega"), "A A÷B ΩMEGA");
}

}  // namespace
}  // namespace pacte::web
