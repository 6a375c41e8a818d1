#pragma once
// Time-based one-time passwords (RFC 6238) through liboath: SHA-1, 30-second steps, 6
// digits, one step of tolerance either side.

#include <optional>
#include <string>
#include <string_view>

#include "domain/common/time.hpp"

namespace pacte::app {

inline constexpr std::size_t kTotpSecretBytes = 20;
inline constexpr unsigned kTotpStepSeconds = 30;
inline constexpr unsigned kTotpDigits = 6;

// 20 random bytes.
std::string NewTotpSecret();

// RFC 4648 base32 of the secret, without padding (what authenticator apps expect).
std::string TotpBase32(std::string_view secret);

// The raw secret of a base32 text (spaces ignored, case-insensitive); nullopt when malformed.
std::optional<std::string> TotpSecretFromBase32(std::string_view base32);

// otpauth://totp/pacte:EMAIL?secret=BASE32&issuer=pacte (the e-mail percent-encoded).
std::string TotpUri(std::string_view email, std::string_view secret);

// True when `code` is 6 digits and matches the secret at `now`, the step before or after.
bool ValidateTotp(std::string_view secret, std::string_view code, Timestamp now);

// The 6-digit code of the secret at `now` (for enrolment help and tests).
std::string TotpCode(std::string_view secret, Timestamp now);

}  // namespace pacte::app
