#include "domain/intake/cell_place.hpp"

#include <gtest/gtest.h>

namespace pacte::intake {
namespace {

std::string Split(std::string_view cell) {
  auto p = SplitPostalCodeCity(cell);
  return p ? p->postal_code + "|" + p->city : "error: " + p.error().message;
}

TEST(PostalPlace, CodeAndCityInOneCell) {
  EXPECT_EQ(Split("92000 Nanterre"), "92000|Nanterre");
  EXPECT_EQ(Split("75007 PARIS "), "75007|PARIS");
  EXPECT_EQ(Split("  92100   Boulogne-Billancourt "), "92100|Boulogne-Billancourt");
  EXPECT_EQ(Split("92000 - Nanterre"), "92000|Nanterre");
  EXPECT_EQ(Split("92000, Nanterre"), "92000|Nanterre");
  EXPECT_EQ(Split("Nanterre 92000"), "92000|Nanterre");
  EXPECT_EQ(Split("92014 Nanterre Cedex"), "92014|Nanterre Cedex");
  EXPECT_EQ(Split("75007 Paris 7"), "75007|Paris 7");
  EXPECT_EQ(Split("97400 Saint-Denis"), "97400|Saint-Denis");
}

TEST(PostalPlace, CodeAlone) {
  EXPECT_EQ(Split("92000"), "92000|");
  EXPECT_EQ(Split("61120.0"), "61120|");
  EXPECT_EQ(Split("1000"), "01000|");  // numeric cell that lost its leading zero
}

TEST(PostalPlace, CityAlone) {
  EXPECT_EQ(Split("Camembert"), "|Camembert");
  EXPECT_EQ(Split(" Saint-Denis   de la Réunion "), "|Saint-Denis de la Réunion");
}

TEST(PostalPlace, Refused) {
  const std::string tail = " » : 5 chiffres attendus (exemple : 92000 Nanterre).";
  EXPECT_EQ(Split("920001 Nanterre"), "error: Code postal invalide dans « 920001 Nanterre" + tail);
  EXPECT_EQ(Split("92000 92100"), "error: Code postal invalide dans « 92000 92100" + tail);
  EXPECT_EQ(Split("00100 Nulle-part"),
            "error: Code postal invalide dans « 00100 Nulle-part" + tail);
  EXPECT_EQ(Split("920"), "error: Code postal invalide dans « 920" + tail);
  EXPECT_EQ(Split(" - "), "error: Code postal invalide dans « -" + tail);
  auto p = SplitPostalCodeCity("920", "cp_ville");
  ASSERT_FALSE(p);
  EXPECT_EQ(p.error().code, "intake.postal_code_invalid");
  EXPECT_EQ(p.error().fields.at(0).field, "cp_ville");
}

}  // namespace
}  // namespace pacte::intake
