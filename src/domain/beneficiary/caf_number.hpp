#pragma once
// Identifiers of an RSA file at the CAF/MSA: the allocataire number (matricule) and the RSA
// request number (numdemrsa).

#include <string>
#include <string_view>

#include "domain/common/error.hpp"

namespace pacte {

inline constexpr std::size_t kCafNumberDigits = 7;
inline constexpr std::size_t kCafFileNumberDigits = 15;
inline constexpr std::size_t kNumdemrsaLength = 11;

// Normalises an allocataire number to its 7 significant digits ("0012345"):
//  - a leading "CAF", "MSA", "N°", "No" (any case), spaces, non-breaking spaces, dots,
//    hyphens and colons are ignored ("CAF 0012345", "N° 001 23 45");
//  - 1 to 7 digits are left-padded with zeros (spreadsheets drop leading zeros);
//  - longer numbers are accepted when the extra leading digits are zeros ("000000000012345");
//  - the 15-digit form of the CAF flux, the 7 digits followed by 8 zeros
//    ("001234500000000"), gives its first 7 digits.
// On failure: ErrorKind::kInvalid, code caf_number.invalid, field `field`, French message.
// "0000000" is refused.
Result<std::string> NormaliseCafNumber(std::string_view typed,
                                       const std::string& field = "caf_number");

// The 15-digit form used in CAF files: the 7 digits followed by 8 zeros.
// Precondition: `caf_number` is a normalised 7-digit number.
std::string CafNumberInFileForm(std::string_view caf_number);

// Normalises a numdemrsa: spaces removed, letters upper-cased; it must then be exactly 11
// ASCII letters or digits (leading zeros are significant: it is text).
// On failure: ErrorKind::kInvalid, code numdemrsa.invalid, field "numdemrsa", French message.
Result<std::string> NormaliseNumdemrsa(std::string_view typed);

}  // namespace pacte
