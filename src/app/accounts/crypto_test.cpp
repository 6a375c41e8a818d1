// Secrets helpers: SHA-256 of tokens, random hex, TOTP secret encryption.

#include "app/accounts/crypto.hpp"

#include <gtest/gtest.h>

namespace pacte::app {
namespace {

const std::string kKey = "test-secret-key-test-secret-key-0123456789";

TEST(Crypto, Sha256OfKnownText) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Crypto, RandomHexHasTheRequestedLengthAndVaries) {
  auto a = RandomHex(32);
  EXPECT_TRUE(IsLowerHex(a, 64));
  EXPECT_NE(a, RandomHex(32));
  EXPECT_FALSE(IsLowerHex("ABCDEF", 6));
  EXPECT_FALSE(IsLowerHex("abc", 4));
}

TEST(Crypto, SecretsRoundTripUnderTheSameKeyOnly) {
  std::string sealed = EncryptSecret(kKey, "12345678901234567890");
  EXPECT_EQ(sealed.find("3132333435"), std::string::npos) << "clear text leaked";
  EXPECT_NE(sealed, EncryptSecret(kKey, "12345678901234567890")) << "nonce must be random";
  EXPECT_EQ(DecryptSecret(kKey, sealed), "12345678901234567890");
  EXPECT_FALSE(DecryptSecret("another-key-another-key-another-key-00", sealed));
}

TEST(Crypto, AlteredOrMalformedSecretsAreRefused) {
  std::string sealed = EncryptSecret(kKey, "12345678901234567890");
  std::string altered = sealed;
  altered.back() = altered.back() == '0' ? '1' : '0';
  EXPECT_FALSE(DecryptSecret(kKey, altered));
  EXPECT_FALSE(DecryptSecret(kKey, "zz"));
  EXPECT_FALSE(DecryptSecret(kKey, sealed.substr(0, 20)));
  EXPECT_FALSE(DecryptSecret(kKey, ""));
}

}  // namespace
}  // namespace pacte::app
