#include "domain/intake/cell_codes.hpp"

#include <gtest/gtest.h>

namespace pacte::intake {
namespace {

std::string Civ(std::string_view cell) {
  auto c = ParseCivilityCell(cell);
  return c ? std::string(CivilityCode(*c)) : "error: " + c.error().message;
}

std::string Role(std::string_view cell) {
  auto r = ParseRoleCell(cell);
  return r ? *r : "error: " + r.error().message;
}

TEST(CivilityCell, MenAndWomenInTheirUsualSpellings) {
  for (auto cell : {"M", "M.", "m.", "Mr", "MR.", "Monsieur", " monsieur ", "MONSIEUR"}) {
    EXPECT_EQ(Civ(cell), "monsieur") << cell;
  }
  for (auto cell : {"Mme", "Mme.", "MME", "Madame", "madame ", "Mlle", "Melle", "Mle",
                    "Mademoiselle", "MADEMOISELLE"}) {
    EXPECT_EQ(Civ(cell), "madame") << cell;
  }
}

TEST(CivilityCell, UnknownIsRefusedWithTheCell) {
  auto c = ParseCivilityCell(" Docteur ");
  ASSERT_FALSE(c);
  EXPECT_EQ(c.error().code, "intake.civility_invalid");
  EXPECT_EQ(c.error().fields.at(0).field, "civility");
  EXPECT_EQ(c.error().message,
            "Civilité non reconnue : « Docteur ». Valeurs acceptées : M., Monsieur, Mme, Madame.");
  EXPECT_FALSE(ParseCivilityCell(""));
  EXPECT_FALSE(ParseCivilityCell("Mon"));
}

TEST(RoleCell, CodesAndWords) {
  for (auto cell : {"DEM", "dem", "Demandeur", "demandeuse", "Allocataire", "Bénéficiaire"}) {
    EXPECT_EQ(Role(cell), "DEM") << cell;
  }
  for (auto cell :
       {"CJT", "cjt", "Conjoint", "conjointe", "Époux", "épouse", "Concubine", "Partenaire"}) {
    EXPECT_EQ(Role(cell), "CJT") << cell;
  }
  EXPECT_EQ(Role("ENF"), "ENF");
  EXPECT_EQ(Role("Enfant"), "ENF");
  EXPECT_EQ(Role("aut"), "AUT");
  EXPECT_EQ(Role("Autre personne"), "AUT");
  EXPECT_EQ(Role("RDO"), "RDO");
  EXPECT_EQ(Role("Responsable du dossier"), "RDO");
}

TEST(RoleCell, UnknownIsRefusedWithTheCell) {
  auto r = ParseRoleCell("grand-père");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "intake.role_invalid");
  EXPECT_EQ(r.error().fields.at(0).field, "role");
  EXPECT_EQ(r.error().message,
            "Rôle dans le foyer non reconnu : « grand-père ». Valeurs acceptées : DEM "
            "(demandeur), CJT (conjoint), ENF (enfant), AUT (autre), RDO (responsable du "
            "dossier).");
}

}  // namespace
}  // namespace pacte::intake
