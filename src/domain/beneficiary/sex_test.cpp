#include "domain/beneficiary/sex.hpp"

#include <gtest/gtest.h>

namespace pacte {
namespace {

TEST(Sex, ParsesCodesAndCafDigits) {
  for (const char* male : {"M", "m", " M ", "1", "H", "h"}) {
    EXPECT_EQ(ParseSex(male), Sex::kMale) << male;
  }
  for (const char* female : {"F", "f", "2"}) {
    EXPECT_EQ(ParseSex(female), Sex::kFemale) << female;
  }
  for (const char* bad : {"", "X", "3", "Homme", "MF"}) {
    EXPECT_EQ(ParseSex(bad), std::nullopt) << bad;
  }
  EXPECT_EQ(SexCode(Sex::kMale), "M");
  EXPECT_EQ(SexCode(Sex::kFemale), "F");
  EXPECT_EQ(SexLabel(Sex::kFemale), "Femme");
}

TEST(Civility, ParsesCodesAndTheFormsOfCafFilesAndSpreadsheets) {
  for (const char* monsieur : {"monsieur", "Monsieur", "M", "M.", "MR", "mr"}) {
    EXPECT_EQ(ParseCivility(monsieur), Civility::kMonsieur) << monsieur;
  }
  for (const char* madame : {"madame", "Madame", "MME", "Mme", "MLE", "Mlle", "Mademoiselle"}) {
    EXPECT_EQ(ParseCivility(madame), Civility::kMadame) << madame;
  }
  for (const char* bad : {"", "Docteur", "Mx"}) {
    EXPECT_EQ(ParseCivility(bad), std::nullopt) << bad;
  }
  EXPECT_EQ(CivilityCode(Civility::kMadame), "madame");
  EXPECT_EQ(CivilityLabel(Civility::kMonsieur), "M.");
  EXPECT_EQ(CivilityLabel(Civility::kMadame), "Mme");
}

}  // namespace
}  // namespace pacte
