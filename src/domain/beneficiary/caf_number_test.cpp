#include "domain/beneficiary/caf_number.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pacte {
namespace {

std::string Caf(std::string_view typed) {
  auto number = NormaliseCafNumber(typed);
  return number ? *number : "error";
}

TEST(CafNumber, KeepsSevenDigits) {
  EXPECT_EQ(Caf("0012345"), "0012345");
  EXPECT_EQ(Caf("2089564"), "2089564");
}

TEST(CafNumber, ToleratesLabelsAndSeparators) {
  struct Case {
    const char* typed;
    const char* expected;
  };
  for (const Case& c : std::vector<Case>{
           {"CAF 0012345", "0012345"},
           {"caf0012345", "0012345"},
           {"CAF : 0012345", "0012345"},
           {"MSA 0012345", "0012345"},
           {"N\xC2\xB0 001 23 45", "0012345"},
           {"n\xC2\xB0"
            "0012345",
            "0012345"},
           {"No 0012345", "0012345"},
           {" 001.23.45 ", "0012345"},
           {"001-2345", "0012345"},
           {"001\xC2\xA0"
            "2345",
            "0012345"},
       }) {
    EXPECT_EQ(Caf(c.typed), c.expected) << c.typed;
  }
}

TEST(CafNumber, RestoresLeadingZerosDroppedBySpreadsheets) {
  EXPECT_EQ(Caf("12345"), "0012345");
  EXPECT_EQ(Caf("7"), "0000007");
}

TEST(CafNumber, ReadsTheFifteenDigitFormsOfCafFiles) {
  // As the flux carries it: the 7 digits then 8 zeros.
  EXPECT_EQ(Caf("208956400000000"), "2089564");
  EXPECT_EQ(Caf("001234500000000"), "0012345");
  // Zero-padded on the left.
  EXPECT_EQ(Caf("000000000012345"), "0012345");
  EXPECT_EQ(Caf("00012345"), "0012345");
}

TEST(CafNumber, WritesTheFileForm) {
  EXPECT_EQ(CafNumberInFileForm("2089564"), "208956400000000");
  EXPECT_EQ(Caf(CafNumberInFileForm("0012345")), "0012345");
}

TEST(CafNumber, RefusesOtherTextWithAFrenchMessage) {
  for (const char* bad : {"", "CAF", "0000000", "000000000000000", "12345678", "0027004992",
                          "123456700000001", "12a4567", "CAF-X", "0012345 / 0012346"}) {
    auto number = NormaliseCafNumber(bad);
    ASSERT_FALSE(number) << bad;
    EXPECT_EQ(number.error().code, "caf_number.invalid");
    ASSERT_EQ(number.error().fields.size(), 1u);
    EXPECT_EQ(number.error().fields[0].field, "caf_number");
    EXPECT_EQ(number.error().message,
              "Numéro allocataire invalide : 7 chiffres attendus (exemple : 0012345).");
  }
}

TEST(CafNumber, NamesTheFieldAsked) {
  auto number = NormaliseCafNumber("x", "caf_matricule");
  ASSERT_FALSE(number);
  EXPECT_EQ(number.error().fields[0].field, "caf_matricule");
}

TEST(Numdemrsa, AcceptsElevenLettersOrDigits) {
  EXPECT_EQ(*NormaliseNumdemrsa("01024041052"), "01024041052");
  EXPECT_EQ(*NormaliseNumdemrsa(" 010 240 410 52 "), "01024041052");
  EXPECT_EQ(*NormaliseNumdemrsa("92a1234567b"), "92A1234567B");
}

TEST(Numdemrsa, RefusesOtherLengthsAndCharacters) {
  for (const char* bad :
       {"", "0102404105", "010240410521", "0102404105-", "0102404105\xC3\xA9", "01024_41052"}) {
    auto number = NormaliseNumdemrsa(bad);
    ASSERT_FALSE(number) << bad;
    EXPECT_EQ(number.error().code, "numdemrsa.invalid");
    EXPECT_EQ(number.error().fields[0].field, "numdemrsa");
    EXPECT_EQ(number.error().message,
              "Numéro de demande RSA invalide : 11 lettres ou chiffres attendus (exemple : "
              "01024041052).");
  }
}

}  // namespace
}  // namespace pacte
