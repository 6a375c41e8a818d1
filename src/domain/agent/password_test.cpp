// Password rules and Argon2id hashing.

#include "domain/agent/password.hpp"

#include <gtest/gtest.h>

#include <set>

#include "domain/agent/common_passwords.hpp"

namespace pacte {
namespace {

std::string FieldOf(const Status& s) {
  return s.has_value() || s.error().fields.empty() ? "" : s.error().fields.front().field;
}

TEST(PasswordPolicy, RefusesPasswordsShorterThanTheMinimum) {
  auto s = CheckPasswordPolicy("Kx9!vTq2#mR", "jeanne.martin@cd92.fr", 12);  // 11 chars
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, "password.too_short");
  EXPECT_EQ(s.error().message, "Le mot de passe doit contenir au moins 12 caractères.");
  EXPECT_EQ(FieldOf(s), "password");
  EXPECT_TRUE(CheckPasswordPolicy("Kx9!vTq2#mRz", "jeanne.martin@cd92.fr", 12));
}

TEST(PasswordPolicy, CountsCharactersNotBytes) {
  // 12 characters, 16 bytes: accepted.
  EXPECT_TRUE(CheckPasswordPolicy("éléphantéévx", "a@b.fr", 12));
  // 11 characters, 15 bytes: refused.
  EXPECT_FALSE(CheckPasswordPolicy("éléphantééx", "a@b.fr", 12));
}

TEST(PasswordPolicy, RefusesCommonPasswordsWhateverTheirCase) {
  for (const char* pw : {"motdepasse123", "MotDePasse123", "AZERTYUIOP123", "password1234",
                         "123456789012", "Bienvenue2025"}) {
    auto s = CheckPasswordPolicy(pw, "jeanne.martin@cd92.fr", 12);
    ASSERT_FALSE(s) << pw;
    EXPECT_EQ(s.error().code, "password.common") << pw;
    EXPECT_EQ(s.error().message, "Ce mot de passe est trop courant : choisissez-en un autre.");
  }
}

TEST(PasswordPolicy, RefusesTheLocalPartOfTheEmail) {
  auto s = CheckPasswordPolicy("Jeanne.Martin", "jeanne.martin@cd92.fr", 12);
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, "password.is_email");
  EXPECT_EQ(FieldOf(s), "password");
  EXPECT_TRUE(CheckPasswordPolicy("jeanne.martin-92!", "jeanne.martin@cd92.fr", 12));
}

TEST(PasswordPolicy, TheCommonListIsLargeLowerCaseAndWithoutDuplicates) {
  auto list = CommonPasswords();
  EXPECT_GE(list.size(), 200u);
  std::set<std::string_view> seen;
  for (auto p : list) {
    EXPECT_TRUE(seen.insert(p).second) << "doublon : " << p;
    for (char c : p) EXPECT_FALSE(c >= 'A' && c <= 'Z') << p;
  }
}

TEST(PasswordHash, Argon2idHashVerifiesOnlyTheRightPassword) {
  std::string hash = HashPassword("correct horse battery", HashCost::kMin);
  EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(VerifyPassword(hash, "correct horse battery"));
  EXPECT_FALSE(VerifyPassword(hash, "correct horse batterY"));
  EXPECT_FALSE(VerifyPassword("", "correct horse battery"));
  EXPECT_FALSE(VerifyPassword("not-a-hash", "correct horse battery"));
}

TEST(PasswordHash, SaltsEveryHash) {
  EXPECT_NE(HashPassword("same password here", HashCost::kMin),
            HashPassword("same password here", HashCost::kMin));
}

TEST(PasswordHash, InteractiveCostIsRecordedInTheHash) {
  std::string hash = HashPassword("correct horse battery", HashCost::kInteractive);
  EXPECT_NE(hash.find("m=65536"), std::string::npos) << hash;
  EXPECT_TRUE(VerifyPassword(hash, "correct horse battery"));
}

TEST(PasswordHash, ParsesCostNames) {
  EXPECT_EQ(ParseHashCost("interactive"), HashCost::kInteractive);
  EXPECT_EQ(ParseHashCost("min"), HashCost::kMin);
  EXPECT_FALSE(ParseHashCost("max"));
}

}  // namespace
}  // namespace pacte
