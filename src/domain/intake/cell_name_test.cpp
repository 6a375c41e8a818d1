#include "domain/intake/cell_name.hpp"

#include <gtest/gtest.h>

namespace pacte::intake {
namespace {

std::string Last(std::string_view cell) {
  auto n = NormaliseLastName(cell);
  return n ? *n : "error: " + n.error().message;
}

std::string First(std::string_view cell) {
  auto n = NormaliseFirstName(cell);
  return n ? *n : "error: " + n.error().message;
}

TEST(CellName, CollapseSpaces) {
  EXPECT_EQ(CollapseSpaces("  Le \t Goff\n"), "Le Goff");
  EXPECT_EQ(CollapseSpaces("Le\xC2\xA0Goff"), "Le Goff");
  EXPECT_EQ(CollapseSpaces(" \xC2\xA0 "), "");
}

TEST(CellName, LastNamesUpperCased) {
  EXPECT_EQ(Last("  Le   Goff "), "LE GOFF");
  EXPECT_EQ(Last("lefèvre"), "LEFÈVRE");
  EXPECT_EQ(Last("cœur-de-lion"), "CŒUR-DE-LION");
  EXPECT_EQ(Last("d'Alembert"), "D'ALEMBERT");
}

TEST(CellName, FirstNamesCapitalisedPerPart) {
  EXPECT_EQ(First("JEAN-PIERRE"), "Jean-Pierre");
  EXPECT_EQ(First("jean-pierre"), "Jean-Pierre");
  EXPECT_EQ(First(" marie   hélène "), "Marie Hélène");
  EXPECT_EQ(First("MARIE HÉLÈNE"), "Marie Hélène");
  EXPECT_EQ(First("élodie"), "Élodie");
  EXPECT_EQ(First("ÉLODIE"), "Élodie");
  EXPECT_EQ(First("charlie"), "Charlie");
  EXPECT_EQ(First("anne-Sophie"), "Anne-Sophie");
  EXPECT_EQ(First("N'GOLO"), "N'Golo");
  EXPECT_EQ(First("CHLOË"), "Chloë");
  EXPECT_EQ(First("ŒDIPE"), "Œdipe");
}

TEST(CellName, BlankOrWithoutLettersRefused) {
  EXPECT_EQ(Last("   "), "error: Nom absent.");
  EXPECT_EQ(First(""), "error: Nom absent.");
  EXPECT_EQ(Last(" 123 "), "error: Nom invalide : « 123 » ne contient aucune lettre.");
  auto n = NormaliseFirstName("-", "prenom");
  ASSERT_FALSE(n);
  EXPECT_EQ(n.error().code, "intake.name_invalid");
  EXPECT_EQ(n.error().fields.at(0).field, "prenom");
  EXPECT_EQ(n.error().message, "Nom invalide : « - » ne contient aucune lettre.");
}

}  // namespace
}  // namespace pacte::intake
