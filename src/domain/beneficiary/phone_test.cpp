#include "domain/beneficiary/phone.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pacte {
namespace {

std::string Stored(std::string_view typed) {
  auto phone = NormalisePhone(typed);
  return phone ? *phone : "invalid";
}

struct Case {
  const char* typed;
  const char* stored;
};

TEST(Phone, StoresFrenchNumbersInTheNationalFormGroupedByTwo) {
  for (const Case& c : std::vector<Case>{
           {"0612345678", "06 12 34 56 78"},
           {"06 12 34 56 78", "06 12 34 56 78"},
           {"06.12.34.56.78", "06 12 34 56 78"},
           {"06-12-34-56-78", "06 12 34 56 78"},
           {"06/12/34/56/78", "06 12 34 56 78"},
           {"06\xC2\xA0"
            "12 34 56 78",
            "06 12 34 56 78"},
           {"(0)1-47-29-30-00", "01 47 29 30 00"},
           {"+33612345678", "06 12 34 56 78"},
           {"+33 6 12 34 56 78", "06 12 34 56 78"},
           {"+33 (0)6 12 34 56 78", "06 12 34 56 78"},
           {"+33 06 12 34 56 78", "06 12 34 56 78"},
           {"0033 1 47 29 30 00", "01 47 29 30 00"},
           {"612345678", "06 12 34 56 78"},
           {"0800 123 456", "08 00 12 34 56"},
       }) {
    EXPECT_EQ(Stored(c.typed), c.stored) << c.typed;
  }
}

TEST(Phone, ReadsOverseasCountryCodesAsNationalNumbers) {
  for (const Case& c : std::vector<Case>{
           {"+262 262 90 00 00", "02 62 90 00 00"},
           {"+262 692 12 34 56", "06 92 12 34 56"},
           {"+262 639 12 34 56", "06 39 12 34 56"},
           {"+590 690 12 34 56", "06 90 12 34 56"},
           {"+594 694 12 34 56", "06 94 12 34 56"},
           {"00596 696 12 34 56", "06 96 12 34 56"},
       }) {
    EXPECT_EQ(Stored(c.typed), c.stored) << c.typed;
  }
}

TEST(Phone, KeepsForeignNumbersInternational) {
  EXPECT_EQ(Stored("+32 470 12 34 56"), "+32470123456");
  EXPECT_EQ(Stored("0032 470 12 34 56"), "+32470123456");
  EXPECT_EQ(Stored("+269 321 23 45"), "+2693212345");  // the Comoros, not Mayotte
}

TEST(Phone, RefusesWhatIsNotATelephoneNumber) {
  for (const char* bad : {"", " ", "+", "3949", "061234567", "06123456789", "0012345678",
                          "0612345678, 0712345678", "06 12 34 56 78 poste 12", "+33 6 12 34",
                          "+33 6 12 34 56", "+262 692 12 34", "+33 12 34 56 78 90 12", "+1234567",
                          "+1234567890123456", "06+12345678", "t\xC3\xA9l\xC3\xA9phone"}) {
    EXPECT_EQ(NormalisePhone(bad), std::nullopt) << bad;
  }
}

TEST(Phone, GivesTheE164FormForTextMessages) {
  EXPECT_EQ(PhoneE164("06 12 34 56 78"), "+33612345678");
  EXPECT_EQ(PhoneE164("01 47 29 30 00"), "+33147293000");
  EXPECT_EQ(PhoneE164("06 92 12 34 56"), "+262692123456");
  EXPECT_EQ(PhoneE164("02 69 61 00 00"), "+262269610000");
  EXPECT_EQ(PhoneE164("06 90 12 34 56"), "+590690123456");
  EXPECT_EQ(PhoneE164("05 94 12 34 56"), "+594594123456");
  EXPECT_EQ(PhoneE164("06 97 12 34 56"), "+596697123456");
  EXPECT_EQ(PhoneE164("+32470123456"), "+32470123456");
}

}  // namespace
}  // namespace pacte
