#include "domain/beneficiary/rights_codes.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace pacte {
namespace {

TEST(EtatDosRsa, ListsTheSevenStatesAndUndefined) {
  auto codes = EtatDosRsaCodes();
  ASSERT_EQ(codes.size(), 8u);
  EXPECT_EQ(codes[0].code, "0");
  EXPECT_EQ(codes[7].code, "Z");
  EXPECT_EQ(EtatDosRsaLabel("2"), "Droit ouvert et versable");
  EXPECT_EQ(EtatDosRsaLabel("4"), "Droit ouvert, versement suspendu");
  EXPECT_EQ(EtatDosRsaLabel("6"), "Droit clos sur un mois antérieur");
  EXPECT_EQ(EtatDosRsaLabel("Z"), "Non défini");
}

TEST(EtatDosRsa, NormalisesAndKeepsUnknownCodesRaw) {
  EXPECT_EQ(NormaliseEtatDosRsa(" 2 "), "2");
  EXPECT_EQ(NormaliseEtatDosRsa(""), "Z");
  EXPECT_EQ(NormaliseEtatDosRsa("  "), "Z");
  EXPECT_EQ(NormaliseEtatDosRsa("z"), "Z");
  EXPECT_EQ(NormaliseEtatDosRsa("7"), "7");
  EXPECT_EQ(NormaliseEtatDosRsa("x9"), "X9");
  EXPECT_EQ(EtatDosRsaLabel("7"), "code inconnu");
  EXPECT_EQ(EtatDosRsaLabel("X9"), kUnknownCodeLabel);
}

TEST(EtatDosRsa, OpenRightsArePayableOrSuspended) {
  for (const char* code : {"2", "3", "4"}) EXPECT_TRUE(IsRightOpen(code)) << code;
  for (const char* code : {"0", "1", "5", "6", "Z", "7", ""})
    EXPECT_FALSE(IsRightOpen(code)) << code;
}

TEST(DdFlag, ParsesOneZeroAndEmpty) {
  EXPECT_EQ(ParseDdFlag("1"), DdFlag::kYes);
  EXPECT_EQ(ParseDdFlag(" 0 "), DdFlag::kNo);
  EXPECT_EQ(ParseDdFlag(""), DdFlag::kUnknown);
  EXPECT_EQ(ParseDdFlag("oui"), std::nullopt);
  EXPECT_EQ(ParseDdFlag("2"), std::nullopt);
  for (DdFlag f : {DdFlag::kYes, DdFlag::kNo, DdFlag::kUnknown}) {
    EXPECT_EQ(ParseDdFlag(DdFlagCode(f)), f);
  }
  EXPECT_EQ(DdFlagLabel(DdFlag::kYes), "Soumis aux droits et devoirs");
  EXPECT_EQ(DdFlagLabel(DdFlag::kNo), "Non soumis aux droits et devoirs");
  EXPECT_EQ(DdFlagLabel(DdFlag::kUnknown), "Inconnu");
}

TEST(SuspensionReason, NormalisesLabelsAndKeepsUnknownCodes) {
  EXPECT_EQ(NormaliseSuspensionReason(""), std::nullopt);
  EXPECT_EQ(NormaliseSuspensionReason(" 06 "), "06");
  EXPECT_EQ(NormaliseSuspensionReason("6"), "06");
  EXPECT_EQ(NormaliseSuspensionReason("ab"), "AB");
  EXPECT_EQ(NormaliseSuspensionReason("Q7"), "Q7");
  EXPECT_EQ(SuspensionReasonLabel("06"), "Déclaration trimestrielle de ressources non fournie");
  EXPECT_EQ(SuspensionReasonLabel("AB"), "Allocataire absent du foyer");
  EXPECT_EQ(SuspensionReasonLabel("Q7"), "code inconnu");
  EXPECT_EQ(SuspensionReasonLabel("6"), "code inconnu");
}

TEST(ClosureReason, NormalisesLabelsAndKeepsUnknownCodes) {
  EXPECT_EQ(NormaliseClosureReason("  "), std::nullopt);
  EXPECT_EQ(NormaliseClosureReason("pcg"), "PCG");
  EXPECT_EQ(NormaliseClosureReason("XYZ"), "XYZ");
  EXPECT_EQ(ClosureReasonLabel("ECH"), "Clôture à échéance (4 mois sans droit)");
  EXPECT_EQ(ClosureReasonLabel("RSO"), "Radiation, option RSO (outre-mer)");
  EXPECT_EQ(ClosureReasonLabel("XYZ"), "code inconnu");
}

TEST(RightsCodes, ListsHaveUniqueCodesAndLabels) {
  for (auto list : {EtatDosRsaCodes(), SuspensionReasonCodes(), ClosureReasonCodes()}) {
    std::set<std::string_view> codes;
    for (const auto& entry : list) {
      EXPECT_TRUE(codes.insert(entry.code).second) << entry.code;
      EXPECT_FALSE(entry.label.empty()) << entry.code;
    }
  }
  EXPECT_EQ(SuspensionReasonCodes().size(), 24u);
  EXPECT_EQ(ClosureReasonCodes().size(), 9u);
}

}  // namespace
}  // namespace pacte
