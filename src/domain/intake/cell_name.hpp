#pragma once
// Names as spreadsheets hold them ("  DUPONT ", "jean-pierre", "MARIE  HÉLÈNE").

#include <string>
#include <string_view>

#include "domain/common/error.hpp"

namespace pacte::intake {

// Trimmed, with every run of spaces, tabs, line breaks and non-breaking spaces made one space.
std::string CollapseSpaces(std::string_view text);

// Last or birth name: spaces collapsed, upper-cased with UpperName ("Le Goff" → "LE GOFF",
// "lefèvre" → "LEFÈVRE").
// Errors: kInvalid, code "intake.name_invalid", field `field`, for a blank cell or a cell
// without any letter ("123", "-").
Result<std::string> NormaliseLastName(std::string_view cell,
                                      const std::string& field = "last_name");

// First name: spaces collapsed, each part capitalised and the rest lower-cased, parts being
// separated by spaces, hyphens and apostrophes ("JEAN-PIERRE" → "Jean-Pierre",
// "marie  hélène" → "Marie Hélène", "élodie" → "Élodie"). Letters handled as in UpperName:
// ASCII, the Latin-1 accented letters, œ and ÿ; other characters are kept.
// Errors as NormaliseLastName (code "intake.name_invalid").
Result<std::string> NormaliseFirstName(std::string_view cell,
                                       const std::string& field = "first_name");

}  // namespace pacte::intake
