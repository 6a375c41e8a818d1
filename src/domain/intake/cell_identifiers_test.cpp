#include "domain/intake/cell_identifiers.hpp"

#include <gtest/gtest.h>

namespace pacte::intake {
namespace {

std::string Phone(std::string_view cell) {
  auto p = NormalisePhoneCell(cell);
  return p ? *p : "error: " + p.error().message;
}

std::string Caf(std::string_view cell) {
  auto c = NormaliseCafNumberCell(cell);
  return c ? *c : "error: " + c.error().message;
}

TEST(PhoneCell, OneCanonicalForm) {
  for (auto cell : {"0612345678", "06 12 34 56 78", "06.12.34.56.78", "06-12-34-56-78",
                    "+33612345678", "+33 6 12 34 56 78", "0033612345678", "0033 (0)6 12 34 56 78",
                    "612345678", "612345678.0", " 06 12 34 56 78 "}) {
    EXPECT_EQ(Phone(cell), "06 12 34 56 78") << cell;
  }
  EXPECT_EQ(Phone("620022002"), "06 20 02 20 02");  // numeric XLSX cell of the sample workbook
  EXPECT_EQ(Phone("+32 470 12 34 56"), "+32470123456");
}

TEST(PhoneCell, TooShortTooLongOrNotAPhone) {
  const std::string expected =
      " ». Attendu : 10 chiffres (exemple : 06 12 34 56 78) ou +33 suivi de 9 chiffres.";
  EXPECT_EQ(Phone("071234567"),
            "error: Numéro de téléphone invalide (format non reconnu) : « 071234567" + expected);
  EXPECT_EQ(Phone("06 12 34 56"),
            "error: Numéro de téléphone invalide (trop court) : « 06 12 34 56" + expected);
  EXPECT_EQ(Phone("06 12 34 56 78 9"),
            "error: Numéro de téléphone invalide (trop long) : « 06 12 34 56 78 9" + expected);
  EXPECT_EQ(Phone("+33 6 12 34"),
            "error: Numéro de téléphone invalide (trop court) : « +33 6 12 34" + expected);
  EXPECT_EQ(
      Phone("+33 6 12 34 56 78 90 12 34"),
      "error: Numéro de téléphone invalide (trop long) : « +33 6 12 34 56 78 90 12 34" + expected);
  EXPECT_EQ(Phone("06 12 AB 56 78"),
            "error: Numéro de téléphone invalide (caractères non autorisés) : « 06 12 AB 56 78" +
                expected);
  auto p = NormalisePhoneCell("0601234567, 071234567", "mobile");
  ASSERT_FALSE(p);
  EXPECT_EQ(p.error().code, "intake.phone_invalid");
  EXPECT_EQ(p.error().fields.at(0).field, "mobile");
}

TEST(PhoneCell, SeveralNumbersInOneCell) {
  auto phones = NormalisePhonesCell("0601234567, 071234567", "telephone");
  ASSERT_EQ(phones.size(), 2u);  // the mixed-dates sample file's cell
  ASSERT_TRUE(phones[0]);
  EXPECT_EQ(*phones[0], "06 01 23 45 67");
  ASSERT_FALSE(phones[1]);
  EXPECT_EQ(phones[1].error().fields.at(0).field, "telephone");
  EXPECT_EQ(phones[1].error().message,
            "Numéro de téléphone invalide (format non reconnu) : « 071234567 ». Attendu : 10 "
            "chiffres (exemple : 06 12 34 56 78) ou +33 suivi de 9 chiffres.");
  auto three = NormalisePhonesCell("01 23 45 67 89 ; 06.12.34.56.78 ou +33 7 12 34 56 78;");
  ASSERT_EQ(three.size(), 3u);
  auto value = [](const Result<std::string>& r) { return r ? *r : "error"; };
  EXPECT_EQ(value(three[0]), "01 23 45 67 89");
  EXPECT_EQ(value(three[1]), "06 12 34 56 78");
  EXPECT_EQ(value(three[2]), "07 12 34 56 78");
  EXPECT_TRUE(NormalisePhonesCell("  ").empty());
  EXPECT_EQ(NormalisePhonesCell("0612345678").size(), 1u);
}

TEST(CafNumberCell, PrefixesSpacesAndNumericCells) {
  EXPECT_EQ(Caf("2055990"), "2055990");
  EXPECT_EQ(Caf("2055990.0"), "2055990");
  EXPECT_EQ(Caf("CAF 205 59 90"), "2055990");
  EXPECT_EQ(Caf("N° 0012345"), "0012345");
  EXPECT_EQ(Caf("msa-12345"), "0012345");
  EXPECT_EQ(Caf("205599000000000"), "2055990");
}

TEST(CafNumberCell, TenDigitsAreOrganismAndMatricule) {
  EXPECT_EQ(Caf("CAF0027004992"), "7004992");
  EXPECT_EQ(Caf("CAF0878018651"), "8018651");
  EXPECT_EQ(Caf("921 1234567"), "1234567");
}

TEST(CafNumberCell, Refused) {
  const std::string message =
      "error: Numéro allocataire invalide : 7 chiffres attendus (exemple : 0012345).";
  EXPECT_EQ(Caf("ISQCJQO"), message);  // a cell of the sample workbook
  EXPECT_EQ(Caf("12345678"), message);
  EXPECT_EQ(Caf("CAF921000000"), message);  // 12 digits
  EXPECT_EQ(Caf("9210000000"), message);    // organism 921, matricule 0000000
  EXPECT_EQ(Caf("2055990.5"), message);
  auto c = NormaliseCafNumberCell("x", "caf_matricule");
  ASSERT_FALSE(c);
  EXPECT_EQ(c.error().code, "caf_number.invalid");
  EXPECT_EQ(c.error().fields.at(0).field, "caf_matricule");
}

TEST(NumericSuffix, OnlyZeroFractionsOfIntegers) {
  EXPECT_EQ(WithoutNumericSuffix(" 43831.0 "), "43831");
  EXPECT_EQ(WithoutNumericSuffix("43831.000"), "43831");
  EXPECT_EQ(WithoutNumericSuffix("43831.5"), "43831.5");
  EXPECT_EQ(WithoutNumericSuffix("06.12.34.56.78"), "06.12.34.56.78");
  EXPECT_EQ(WithoutNumericSuffix("43831."), "43831.");
}

}  // namespace
}  // namespace pacte::intake
