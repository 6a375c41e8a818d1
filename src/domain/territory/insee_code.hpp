#pragma once
// INSEE (COG) codes of communes and départements, and postal codes.

#include <string>
#include <string_view>

namespace pacte {

// A commune code: 5 characters, the département ("01"–"95" except "20", "2A", "2B") then
// 3 digits; overseas "97x"/"98x" then 2 digits.
bool IsValidInseeCode(std::string_view code);

// The département of a valid commune code: "92026" → "92", "2A004" → "2A", "97422" → "974".
// Precondition: IsValidInseeCode(code).
std::string DepartementCodeOf(std::string_view insee_code);

// A département code as above ("92", "2A", "974").
bool IsValidDepartementCode(std::string_view code);

// A French postal code: 5 digits.
bool IsValidPostalCode(std::string_view code);

}  // namespace pacte
