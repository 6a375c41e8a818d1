#pragma once
// SIRET (establishment identifier of the SIRENE register): 14 digits, Luhn checksum, with the
// La Poste exception (its establishments share SIREN 356000000 and use a sum-of-digits rule).

#include <string>
#include <string_view>

namespace pacte {

// Why a SIRET was refused; kValid when it is acceptable.
enum class SiretCheck { kValid, kWrongFormat, kWrongChecksum };

// Checks a compact SIRET (digits only, no spaces):
//  - exactly 14 ASCII digits, else kWrongFormat;
//  - La Poste (starts with 356000000, except its head office 35600000000048): the sum of the
//    14 digits must be a multiple of 5;
//  - everyone else: the Luhn checksum over the 14 digits.
SiretCheck CheckSiret(std::string_view siret);
bool IsValidSiret(std::string_view siret);

// Removes the spaces, dots and non-breaking spaces people type ("356 000 000 00048").
std::string CompactSiret(std::string_view typed);

// The Luhn checksum of a string of ASCII digits (false on any non-digit or empty input).
bool LuhnValid(std::string_view digits);

}  // namespace pacte
