// TOTP through liboath with a fixed clock: RFC 6238 SHA-1 vectors (6 digits), tolerance of
// one step, base32 and otpauth URI.

#include "app/accounts/totp.hpp"

#include <gtest/gtest.h>

namespace pacte::app {
namespace {

const std::string kRfcSecret = "12345678901234567890";

Timestamp At(long long unix_seconds) { return Timestamp{std::chrono::seconds{unix_seconds}}; }

TEST(Totp, Rfc6238Vectors) {
  // RFC 6238 appendix B (SHA-1), last 6 of the 8 digits.
  EXPECT_EQ(TotpCode(kRfcSecret, At(59)), "287082");
  EXPECT_EQ(TotpCode(kRfcSecret, At(1111111109)), "081804");
  EXPECT_EQ(TotpCode(kRfcSecret, At(1234567890)), "005924");
  EXPECT_EQ(TotpCode(kRfcSecret, At(2000000000)), "279037");
  EXPECT_TRUE(ValidateTotp(kRfcSecret, "005924", At(1234567890)));
}

TEST(Totp, AcceptsOneStepEitherSideOnly) {
  Timestamp t = At(1234567890);
  std::string code = TotpCode(kRfcSecret, t);
  EXPECT_TRUE(ValidateTotp(kRfcSecret, code, t + std::chrono::seconds(30)));
  EXPECT_TRUE(ValidateTotp(kRfcSecret, code, t - std::chrono::seconds(30)));
  EXPECT_FALSE(ValidateTotp(kRfcSecret, code, t + std::chrono::seconds(90)));
  EXPECT_FALSE(ValidateTotp(kRfcSecret, code, t - std::chrono::seconds(90)));
}

TEST(Totp, RefusesMalformedCodesAndOtherSecrets) {
  Timestamp t = At(1234567890);
  for (const char* bad : {"", "00592", "0059244", "00592a", " 005924", "005 924"}) {
    EXPECT_FALSE(ValidateTotp(kRfcSecret, bad, t)) << bad;
  }
  EXPECT_FALSE(ValidateTotp("another secret of 20b", "005924", t));
  EXPECT_FALSE(ValidateTotp("", "005924", t));
}

TEST(Totp, NewSecretsAreTwentyRandomBytes) {
  auto a = NewTotpSecret();
  auto b = NewTotpSecret();
  EXPECT_EQ(a.size(), 20u);
  EXPECT_NE(a, b);
}

TEST(Totp, Base32RoundTripAndUri) {
  EXPECT_EQ(TotpBase32(kRfcSecret), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  EXPECT_EQ(TotpSecretFromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"), kRfcSecret);
  EXPECT_FALSE(TotpSecretFromBase32("!!!!"));
  EXPECT_EQ(TotpUri("jeanne.martin@cd92.fr", kRfcSecret),
            "otpauth://totp/pacte:jeanne.martin%40cd92.fr?secret="
            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=pacte");
}

}  // namespace
}  // namespace pacte::app
