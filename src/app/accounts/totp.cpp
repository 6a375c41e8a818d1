#include "app/accounts/totp.hpp"

#include <liboath/oath.h>

#include <cctype>
#include <cstdlib>
#include <mutex>
#include <stdexcept>

#include "app/accounts/crypto.hpp"

namespace pacte::app {
namespace {

void EnsureOath() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (oath_init() != OATH_OK) throw std::runtime_error("liboath : initialisation impossible");
  });
}

std::time_t UnixTime(Timestamp t) { return static_cast<std::time_t>(t.time_since_epoch().count()); }

bool IsSixDigits(std::string_view code) {
  if (code.size() != kTotpDigits) return false;
  for (char c : code) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace

std::string NewTotpSecret() { return RandomBytes(kTotpSecretBytes); }

std::string TotpBase32(std::string_view secret) {
  EnsureOath();
  char* out = nullptr;
  std::size_t len = 0;
  if (oath_base32_encode(secret.data(), secret.size(), &out, &len) != OATH_OK) {
    throw std::runtime_error("liboath : encodage base32 impossible");
  }
  std::string text(out, len);
  std::free(out);
  while (!text.empty() && text.back() == '=') text.pop_back();
  return text;
}

std::optional<std::string> TotpSecretFromBase32(std::string_view base32) {
  EnsureOath();
  std::string clean;
  for (char c : base32) {
    if (c == ' ') continue;
    clean.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  while (clean.size() % 8 != 0) clean.push_back('=');
  char* out = nullptr;
  std::size_t len = 0;
  if (oath_base32_decode(clean.data(), clean.size(), &out, &len) != OATH_OK) return std::nullopt;
  std::string raw(out, len);
  std::free(out);
  return raw;
}

std::string TotpUri(std::string_view email, std::string_view secret) {
  static const char* kHex = "0123456789ABCDEF";
  std::string label;
  for (unsigned char c : email) {
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_' || c == '~') {
      label.push_back(static_cast<char>(c));
    } else {
      label += {'%', kHex[c >> 4], kHex[c & 15]};
    }
  }
  return "otpauth://totp/pacte:" + label + "?secret=" + TotpBase32(secret) + "&issuer=pacte";
}

bool ValidateTotp(std::string_view secret, std::string_view code, Timestamp now) {
  if (!IsSixDigits(code) || secret.empty()) return false;
  EnsureOath();
  std::string otp(code);
  int rc = oath_totp_validate(secret.data(), secret.size(), UnixTime(now), kTotpStepSeconds,
                              OATH_TOTP_DEFAULT_START_TIME, 1, otp.c_str());
  return rc >= 0;
}

std::string TotpCode(std::string_view secret, Timestamp now) {
  EnsureOath();
  char otp[kTotpDigits + 1] = {};
  if (oath_totp_generate(secret.data(), secret.size(), UnixTime(now), kTotpStepSeconds,
                         OATH_TOTP_DEFAULT_START_TIME, kTotpDigits, otp) != OATH_OK) {
    throw std::runtime_error("liboath : calcul du code impossible");
  }
  return std::string(otp);
}

}  // namespace pacte::app
