#include "domain/beneficiary/nir.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

// Every NIR below is made up: its key was computed for these tests, it designates nobody.

namespace pacte {
namespace {

Date D(const char* iso) { return *ParseIsoDate(iso); }

std::string Normalised(std::string_view typed) {
  auto nir = ParseNir(typed);
  return nir ? nir->Value() : "error: " + nir.error().code;
}

TEST(NirKey, IsNinetySevenMinusTheNumberModuloNinetySeven) {
  EXPECT_EQ(ComputeNirKey("1850592050123"), 3);
  EXPECT_EQ(ComputeNirKey("2900675112034"), 61);
  // Both ends of the range 1–97.
  EXPECT_EQ(ComputeNirKey("1850592050125"), 1);
  EXPECT_EQ(ComputeNirKey("1850592050126"), 97);
}

TEST(NirKey, ReadsCorsicaAsNineteenAndEighteen) {
  EXPECT_EQ(ComputeNirKey("185052A004012"), 70);  // computed on 1850519004012
  EXPECT_EQ(ComputeNirKey("185052B033123"), 86);  // computed on 1850518033123
  EXPECT_EQ(ComputeNirKey("1850520004012"), 43);  // 20: Corsica before 1976, plain digits
}

TEST(NirKey, RefusesWhatIsNotThirteenCharacters) {
  for (const char* bad :
       {"", "185059205012", "18505920501234", "18505920501X3", "1850A92050123", "185052C004012"}) {
    EXPECT_EQ(ComputeNirKey(bad), std::nullopt) << bad;
  }
}

TEST(ParseNir, AcceptsValidNumbersWithOrWithoutSpaces) {
  struct Case {
    const char* typed;
    const char* normalised;
  };
  for (const Case& c : std::vector<Case>{
           {"185059205012303", "185059205012303"},
           {"1 85 05 92 050 123 03", "185059205012303"},
           {"  290067511203461\t", "290067511203461"},
           {"2 90 06\xC2\xA0"
            "75 112 034\xE2\x80\xAF"
            "61",
            "290067511203461"},
           {"185059205012501", "185059205012501"},
           {"185059205012697", "185059205012697"},
           {"185052A00401270", "185052A00401270"},
           {"1 85 05 2b 033 123 86", "185052B03312386"},
           {"185052000401243", "185052000401243"},
           {"196049742212384", "196049742212384"},
           {"199039910012321", "199039910012321"},
       }) {
    EXPECT_EQ(Normalised(c.typed), c.normalised) << c.typed;
  }
}

TEST(ParseNir, CompletesThirteenCharactersWithTheComputedKey) {
  EXPECT_EQ(Normalised("1850592050123"), "185059205012303");
  EXPECT_EQ(Normalised("1 85 05 92 050 123"), "185059205012303");
  EXPECT_EQ(Normalised("185052a004012"), "185052A00401270");
  EXPECT_EQ(Normalised("1960497422123"), "196049742212384");
  EXPECT_EQ(Normalised("1850592050126"), "185059205012697");
}

TEST(ParseNir, ExposesTheParts) {
  auto nir = ParseNir("185059205012303");
  ASSERT_TRUE(nir);
  EXPECT_EQ(nir->SexDigit(), '1');
  EXPECT_EQ(nir->SexOf(), Sex::kMale);
  EXPECT_FALSE(nir->IsTemporary());
  EXPECT_EQ(nir->BirthYearTwoDigits(), 85);
  EXPECT_EQ(nir->BirthMonth(), 5);
  EXPECT_EQ(nir->DepartementOfBirth(), "92");
  EXPECT_EQ(nir->PlaceOfBirth(), "050");
  EXPECT_EQ(nir->OrderNumber(), "123");
  EXPECT_EQ(nir->Key(), "03");
  EXPECT_FALSE(nir->IsBornAbroad());
  EXPECT_FALSE(nir->IsBornOverseas());
}

TEST(ParseNir, ReadsOverseasAbroadAndCorsicaBirthplaces) {
  auto reunion = ParseNir("196049742212384");
  ASSERT_TRUE(reunion);
  EXPECT_TRUE(reunion->IsBornOverseas());
  EXPECT_EQ(reunion->DepartementOfBirth(), "974");
  EXPECT_EQ(reunion->PlaceOfBirth(), "22");
  auto abroad = ParseNir("199039910012321");
  ASSERT_TRUE(abroad);
  EXPECT_TRUE(abroad->IsBornAbroad());
  EXPECT_EQ(abroad->PlaceOfBirth(), "100");
  auto ajaccio = ParseNir("185052A00401270");
  ASSERT_TRUE(ajaccio);
  EXPECT_EQ(ajaccio->DepartementOfBirth(), "2A");
  EXPECT_EQ(ajaccio->PlaceOfBirth(), "004");
}

TEST(ParseNir, ReadsTemporaryNumbersAndUnknownMonths) {
  auto man = ParseNir("785059205012391");
  ASSERT_TRUE(man);
  EXPECT_TRUE(man->IsTemporary());
  EXPECT_EQ(man->SexOf(), Sex::kMale);
  auto woman = ParseNir("885059205012341");
  ASSERT_TRUE(woman);
  EXPECT_EQ(woman->SexOf(), Sex::kFemale);
  auto month30 = ParseNir("185309205012315");
  ASSERT_TRUE(month30);
  EXPECT_EQ(month30->BirthMonth(), std::nullopt);
  auto month50 = ParseNir("285509205012391");
  ASSERT_TRUE(month50);
  EXPECT_EQ(month50->BirthMonth(), std::nullopt);
}

struct BadNir {
  const char* typed;
  const char* code;
  const char* message_part;
};

TEST(ParseNir, RefusesBadInputWithAPreciseFrenchMessageOnFieldNir) {
  for (const BadNir& c : std::vector<BadNir>{
           {"", "nir.length", "0 saisis"},
           {"18505920501", "nir.length", "11 saisis"},
           {"18505920501230", "nir.length", "14 saisis"},
           {"1850592050123033", "nir.length", "16 saisis"},
           {"1850592050-12303", "nir.characters", "(« - »)"},
           {"18505920501230\xC3\xA9", "nir.characters", "caractère non autorisé :"},
           {"18505920501230X", "nir.corsica", "lettre « X » en position 15"},
           {"185053A00401270", "nir.corsica", "lettre « A » en position 7"},
           {"185052C00401270", "nir.corsica", "lettre « C » en position 7"},
           {"3850592050123", "nir.sex", "« 3 » saisi"},
           {"0850592050123", "nir.sex", "« 0 » saisi"},
           {"1850092050123", "nir.month", "« 00 » saisi"},
           {"1851392050123", "nir.month", "« 13 » saisi"},
           {"1851992050123", "nir.month", "« 19 » saisi"},
           {"1854392050123", "nir.month", "« 43 » saisi"},
           {"1854992050123", "nir.month", "« 49 » saisi"},
           {"1850500050123", "nir.departement", "« 00 »"},
           {"1850596050123", "nir.departement", "« 96 »"},
           {"185059205012304", "nir.key", "ne correspond pas"},
           {"185059205012300", "nir.key", "ne correspond pas"},
           {"185059205012398", "nir.key", "ne correspond pas"},
           // The key of 2A computed as if it were "20" is wrong.
           {"185052A00401243", "nir.key", "ne correspond pas"},
           // One digit mistyped: the key catches it.
           {"185059205013303", "nir.key", "ne correspond pas"},
       }) {
    auto nir = ParseNir(c.typed);
    ASSERT_FALSE(nir) << c.typed;
    EXPECT_EQ(nir.error().kind, ErrorKind::kInvalid);
    EXPECT_EQ(nir.error().code, c.code) << c.typed;
    ASSERT_EQ(nir.error().fields.size(), 1u);
    EXPECT_EQ(nir.error().fields[0].field, "nir");
    EXPECT_NE(nir.error().message.find(c.message_part), std::string::npos)
        << c.typed << " → " << nir.error().message;
  }
}

std::vector<FieldError> Inconsistencies(const char* nir_text, std::optional<Date> birth,
                                        std::optional<Sex> sex) {
  auto nir = ParseNir(nir_text);
  EXPECT_TRUE(nir) << nir_text;
  Validation errors;
  CheckNirConsistency(*nir, birth, sex, errors);
  return errors.Ok() ? std::vector<FieldError>{} : errors.ToError().fields;
}

TEST(NirConsistency, AcceptsMatchingIdentityAndMissingData) {
  EXPECT_TRUE(Inconsistencies("185059205012303", D("1985-05-12"), Sex::kMale).empty());
  EXPECT_TRUE(Inconsistencies("185059205012303", std::nullopt, std::nullopt).empty());
  EXPECT_TRUE(Inconsistencies("290067511203461", D("1990-06-30"), Sex::kFemale).empty());
  EXPECT_TRUE(Inconsistencies("885059205012341", D("1985-05-01"), Sex::kFemale).empty());
  // Unknown month in the NIR: any month of the right year will do.
  EXPECT_TRUE(Inconsistencies("185309205012315", D("1985-11-02"), Sex::kMale).empty());
}

TEST(NirConsistency, ReportsYearMonthAndSexSeparately) {
  auto year = Inconsistencies("185059205012303", D("1986-05-12"), Sex::kMale);
  ASSERT_EQ(year.size(), 1u);
  EXPECT_EQ(year[0].field, "nir");
  EXPECT_EQ(year[0].message,
            "Le NIR indique une naissance en 85 (2e et 3e chiffres) mais la date de naissance "
            "est le 12/05/1986.");
  auto month = Inconsistencies("185059205012303", D("1985-06-12"), std::nullopt);
  ASSERT_EQ(month.size(), 1u);
  EXPECT_EQ(month[0].message,
            "Le NIR indique une naissance au mois 05 (4e et 5e chiffres) mais la date de "
            "naissance est le 12/06/1985.");
  auto sex = Inconsistencies("185059205012303", std::nullopt, Sex::kFemale);
  ASSERT_EQ(sex.size(), 1u);
  EXPECT_EQ(sex[0].message, "Le NIR commence par 1 (homme) mais le sexe indiqué est « Femme ».");
  EXPECT_EQ(Inconsistencies("185059205012303", D("1986-06-12"), Sex::kFemale).size(), 3u);
}

TEST(NirConsistency, TemporaryNumbersFollowTheSameSexRule) {
  auto seven = Inconsistencies("785059205012391", D("1985-05-01"), Sex::kFemale);
  ASSERT_EQ(seven.size(), 1u);
  EXPECT_NE(seven[0].message.find("commence par 7 (homme)"), std::string::npos);
  EXPECT_EQ(Inconsistencies("885059205012341", std::nullopt, Sex::kMale).size(), 1u);
}

TEST(NirDisplay, GroupsTheDigits) {
  EXPECT_EQ(FormatNir(*ParseNir("185059205012303")), "1 85 05 92 050 123 03");
  EXPECT_EQ(FormatNir(*ParseNir("185052A00401270")), "1 85 05 2A 004 012 70");
  EXPECT_EQ(FormatNir(*ParseNir("196049742212384")), "1 96 04 974 22 123 84");
}

TEST(NirDisplay, MasksPlaceOrderAndKeyWithOneShape) {
  EXPECT_EQ(MaskNir(*ParseNir("185059205012303")), "1 85 05 ** *** *** **");
  EXPECT_EQ(MaskNir(*ParseNir("196049742212384")), "1 96 04 ** *** *** **");
  EXPECT_EQ(MaskNirText("185059205012303"), "1 85 05 ** *** *** **");
}

TEST(NirDisplay, NeverEchoesAnUnreadableStoredValue) {
  EXPECT_EQ(MaskNirText("185059205012304"), "* ** ** ** *** *** **");
  EXPECT_EQ(MaskNirText("not a nir"), "* ** ** ** *** *** **");
  EXPECT_EQ(MaskNirText(""), "* ** ** ** *** *** **");
}

}  // namespace
}  // namespace pacte
