#include "domain/parcours/field_checks.hpp"

#include <gtest/gtest.h>

#include <string>

namespace pacte {
namespace {

std::string OnlyMessage(const Validation& v) {
  auto e = v.ToError();
  EXPECT_EQ(e.fields.size(), 1u);
  return e.fields.empty() ? "" : e.fields.front().field + ": " + e.fields.front().message;
}

TEST(FieldChecks, CountsCharactersNotBytes) {
  EXPECT_EQ(CharacterCount("été"), 3u);
  EXPECT_EQ(CharacterCount("œuvre"), 5u);
  EXPECT_EQ(CharacterCount(""), 0u);
}

TEST(FieldChecks, RequiredDate) {
  Validation v;
  EXPECT_EQ(RequiredDate(" 2025-01-31 ", "d", v), ParseIsoDate("2025-01-31"));
  EXPECT_TRUE(v.Ok());
  EXPECT_FALSE(RequiredDate("  ", "d", v));
  EXPECT_EQ(OnlyMessage(v), "d: La date est obligatoire.");
  Validation w;
  EXPECT_FALSE(RequiredDate("2025-02-30", "d", w));
  EXPECT_EQ(OnlyMessage(w), "d: Date invalide (format attendu AAAA-MM-JJ).");
}

TEST(FieldChecks, OptionalDate) {
  Validation v;
  EXPECT_FALSE(OptionalDate("", "d", v));
  EXPECT_TRUE(v.Ok());
  EXPECT_FALSE(OptionalDate("31/01/2025", "d", v));
  EXPECT_EQ(OnlyMessage(v), "d: Date invalide (format attendu AAAA-MM-JJ).");
}

TEST(FieldChecks, TextsAreTrimmedAndLimitedInCharacters) {
  Validation v;
  EXPECT_EQ(OptionalText("  motif  ", 10, "t", v), "motif");
  EXPECT_FALSE(OptionalText("   ", 10, "t", v));
  EXPECT_EQ(OptionalText("ééééé", 5, "t", v), "ééééé") << "5 characters, 10 bytes";
  EXPECT_TRUE(v.Ok());
  EXPECT_FALSE(OptionalText("abcdef", 5, "t", v));
  EXPECT_EQ(OnlyMessage(v), "t: Ce texte ne doit pas dépasser 5 caractères.");
  Validation w;
  EXPECT_FALSE(RequiredText(" ", 5, "t", "Indiquez le motif.", w));
  EXPECT_EQ(OnlyMessage(w), "t: Indiquez le motif.");
}

}  // namespace
}  // namespace pacte
