#include "domain/organisation/siret.hpp"

#include <gtest/gtest.h>

namespace pacte {
namespace {

TEST(Siret, AcceptsLuhnValidNumbers) {
  EXPECT_TRUE(IsValidSiret("73282932000074"));
  EXPECT_TRUE(IsValidSiret("44306184100047"));
}

TEST(Siret, RejectsWrongChecksum) {
  EXPECT_EQ(CheckSiret("73282932000075"), SiretCheck::kWrongChecksum);
  // A digit sum that is a multiple of 5 does not help outside La Poste.
  EXPECT_EQ(CheckSiret("12345678901234"), SiretCheck::kWrongChecksum);
}

TEST(Siret, RejectsWrongFormat) {
  EXPECT_EQ(CheckSiret(""), SiretCheck::kWrongFormat);
  EXPECT_EQ(CheckSiret("7328293200007"), SiretCheck::kWrongFormat);
  EXPECT_EQ(CheckSiret("732829320000740"), SiretCheck::kWrongFormat);
  EXPECT_EQ(CheckSiret("7328293200007A"), SiretCheck::kWrongFormat);
  EXPECT_EQ(CheckSiret("732 829 320 00074"), SiretCheck::kWrongFormat);
}

TEST(Siret, LaPosteEstablishmentsUseTheSumOfDigits) {
  // Luhn fails, digit sum 35: valid for La Poste.
  EXPECT_FALSE(LuhnValid("35600000049837"));
  EXPECT_TRUE(IsValidSiret("35600000049837"));
  // Digit sum 29: invalid.
  EXPECT_EQ(CheckSiret("35600000012345"), SiretCheck::kWrongChecksum);
  // The head office follows Luhn (its digit sum, 26, is not a multiple of 5).
  EXPECT_TRUE(IsValidSiret("35600000000048"));
}

TEST(Siret, CompactRemovesTypedSeparators) {
  EXPECT_EQ(CompactSiret("732 829 320 00074"), "73282932000074");
  EXPECT_EQ(CompactSiret("732.829.320.00074"), "73282932000074");
  EXPECT_EQ(CompactSiret("732\xC2\xA0"
                         "829\xE2\x80\xAF"
                         "320 00074"),
            "73282932000074");
  EXPECT_EQ(CompactSiret("abc"), "abc");
}

TEST(Luhn, RejectsNonDigits) {
  EXPECT_FALSE(LuhnValid(""));
  EXPECT_FALSE(LuhnValid("12a4"));
  EXPECT_TRUE(LuhnValid("79927398713"));
}

}  // namespace
}  // namespace pacte
