#pragma once
// Postal code and city of a cell: "92000 Nanterre" in one cell, or either alone.

#include <string>
#include <string_view>

#include "domain/common/error.hpp"

namespace pacte::intake {

struct PostalPlace {
  std::string postal_code;  // 5 digits, or empty when the cell holds only a city
  std::string city;         // as written, trimmed, inner spaces collapsed; may be empty
};

// Splits a non-blank cell: "92000 Nanterre", "Nanterre 92000", "92000 - Nanterre",
// "92000", "Nanterre", "75007 PARIS ". A 4-digit code is a numeric cell that lost its leading
// zero ("1000" → "01000"); a numeric cell's ".0" is dropped. The city keeps its case (cities
// are matched through SearchKey, never by exact text).
// Errors: kInvalid, code "intake.postal_code_invalid", field `field`, when a number in the cell
// is not a postal code ("920001", "00100", two codes, a city made only of digits); 1 to 3
// digits after the code belong to the city ("75007 Paris 7").
Result<PostalPlace> SplitPostalCodeCity(std::string_view cell,
                                        const std::string& field = "postal_code");

}  // namespace pacte::intake
