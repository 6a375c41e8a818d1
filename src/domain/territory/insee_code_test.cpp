#include "domain/territory/insee_code.hpp"

#include <gtest/gtest.h>

#include "domain/territory/territory_kind.hpp"

namespace pacte {
namespace {

TEST(InseeCode, AcceptsMetropolitanCorsicanAndOverseasCodes) {
  for (const char* code : {"92026", "01001", "2A004", "2B033", "97422", "97611", "95690"}) {
    EXPECT_TRUE(IsValidInseeCode(code)) << code;
  }
}

TEST(InseeCode, RejectsMalformedCodes) {
  for (const char* code : {"", "9202", "920266", "00001", "96001", "20001", "2C004", "9A026",
                           "92O26", "97A22", " 9202"}) {
    EXPECT_FALSE(IsValidInseeCode(code)) << code;
  }
}

TEST(InseeCode, DepartementOfCommune) {
  EXPECT_EQ(DepartementCodeOf("92026"), "92");
  EXPECT_EQ(DepartementCodeOf("2A004"), "2A");
  EXPECT_EQ(DepartementCodeOf("97422"), "974");
  EXPECT_TRUE(IsValidDepartementCode("974"));
  EXPECT_TRUE(IsValidDepartementCode("2B"));
  EXPECT_FALSE(IsValidDepartementCode("20"));
  EXPECT_FALSE(IsValidDepartementCode("9"));
  EXPECT_FALSE(IsValidDepartementCode("99"));
}

TEST(PostalCode, FiveDigits) {
  EXPECT_TRUE(IsValidPostalCode("92000"));
  EXPECT_FALSE(IsValidPostalCode("9200"));
  EXPECT_FALSE(IsValidPostalCode("92 000"));
}

TEST(TerritoryKind, CodesAndLabels) {
  for (auto k : AllTerritoryKinds()) EXPECT_EQ(ParseTerritoryKind(TerritoryKindCode(k)), k);
  EXPECT_EQ(TerritoryKindLabel(TerritoryKind::kEpt), "Établissement public territorial");
  EXPECT_FALSE(ParseTerritoryKind("epci"));
}

}  // namespace
}  // namespace pacte
