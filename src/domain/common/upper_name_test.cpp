#include "domain/common/upper_name.hpp"

#include <gtest/gtest.h>

namespace pacte {
namespace {

TEST(UpperName, UpperCasesAccentedLetters) {
  EXPECT_EQ(UpperName("Lefèvre"), "LEFÈVRE");
  EXPECT_EQ(UpperName("François"), "FRANÇOIS");
  EXPECT_EQ(UpperName("Da Silva-Traoré"), "DA SILVA-TRAORÉ");
  EXPECT_EQ(UpperName("Référent"), "RÉFÉRENT");
  EXPECT_EQ(UpperName("cœur d'ÿvoire"), "CŒUR D'ŸVOIRE");
}

TEST(UpperName, KeepsWhatHasNoUpperCase) {
  EXPECT_EQ(UpperName("a÷b"), "A÷B");  // U+00F7, the division sign
  EXPECT_EQ(UpperName("Ωmega ÉTÉ"), "ΩMEGA ÉTÉ");
  EXPECT_EQ(UpperName(""), "");
  EXPECT_EQ(UpperName("\xC3"), "\xC3");  // a truncated sequence is copied as is
}

}  // namespace
}  // namespace pacte
