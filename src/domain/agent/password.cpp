#include "domain/agent/password.hpp"

#include <sodium.h>

#include <cctype>
#include <stdexcept>

#include "domain/agent/agent.hpp"
#include "domain/agent/common_passwords.hpp"

namespace pacte {
namespace {

void EnsureSodium() {
  static const int ready = sodium_init();
  if (ready < 0) throw std::runtime_error("libsodium : initialisation impossible");
}

std::size_t CodePoints(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::optional<HashCost> ParseHashCost(std::string_view text) {
  if (text == "interactive") return HashCost::kInteractive;
  if (text == "min") return HashCost::kMin;
  return std::nullopt;
}

bool IsCommonPassword(std::string_view password) {
  std::string lower = AsciiLower(password);
  for (std::string_view common : CommonPasswords()) {
    if (lower == common) return true;
  }
  return false;
}

Status CheckPasswordPolicy(std::string_view password, std::string_view email,
                           std::size_t min_length) {
  if (CodePoints(password) < min_length) {
    return Fail(Error::Invalid(
        "password.too_short",
        "Le mot de passe doit contenir au moins " + std::to_string(min_length) + " caractères.",
        "password"));
  }
  if (IsCommonPassword(password)) {
    return Fail(Error::Invalid("password.common",
                               "Ce mot de passe est trop courant : choisissez-en un autre.",
                               "password"));
  }
  std::string local = EmailLocalPart(email);
  if (!local.empty() && AsciiLower(password) == local) {
    return Fail(Error::Invalid("password.is_email",
                               "Le mot de passe ne doit pas reprendre votre adresse e-mail.",
                               "password"));
  }
  return {};
}

std::string HashPassword(std::string_view password, HashCost cost) {
  EnsureSodium();
  bool min = cost == HashCost::kMin;
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(),
                        min ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        min ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE) !=
      0) {
    throw std::runtime_error("libsodium : mémoire insuffisante pour hacher un mot de passe");
  }
  return std::string(out);
}

bool VerifyPassword(std::string_view hash, std::string_view password) {
  EnsureSodium();
  std::string h(hash);  // crypto_pwhash_str_verify needs a NUL-terminated string
  if (h.empty() || h.size() >= crypto_pwhash_STRBYTES) return false;
  return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

}  // namespace pacte
