#pragma once
// Telephone and CAF allocataire numbers as spreadsheets hold them: typed with separators and
// prefixes, or stored as numbers (leading zero lost, "620022002.0").

#include <string>
#include <string_view>
#include <vector>

#include "domain/common/error.hpp"

namespace pacte::intake {

// One telephone number of a cell in the stored form of domain/beneficiary/phone.hpp
// ("06 12 34 56 78", "+32470123456"): "+33", "0033", spaces, dots, hyphens, slashes and a
// numeric cell's ".0" are accepted; 9 digits starting with 1–9 get their leading zero back.
// Errors: kInvalid, code "intake.phone_invalid", field `field`, with a message telling
// "trop court", "trop long" or "caractères non autorisés".
Result<std::string> NormalisePhoneCell(std::string_view cell, const std::string& field = "phone");

// Every number of a cell holding several, separated by ',', ';' or " ou "
// ("0601234567, 071234567"), each normalised by NormalisePhoneCell, in order. A blank cell
// gives an empty list; blank parts are skipped.
std::vector<Result<std::string>> NormalisePhonesCell(std::string_view cell,
                                                     const std::string& field = "phone");

// An allocataire number in its 7-digit stored form (domain/beneficiary/caf_number.hpp).
// Adds to NormaliseCafNumber: a numeric cell's ".0" suffix is dropped, and a 10-digit number
// (after a "CAF"/"MSA"/"N°" prefix) is read as the 3-digit organism number (NUMORG) followed by
// the 7-digit matricule, as some tools export it ("CAF0027004992" → "7004992").
// Errors: kInvalid, code "caf_number.invalid", field `field`.
Result<std::string> NormaliseCafNumberCell(std::string_view cell,
                                           const std::string& field = "caf_number");

// "620022002.0" → "620022002": the integer text of a numeric XLSX/CSV cell; other text as is.
std::string WithoutNumericSuffix(std::string_view cell);

}  // namespace pacte::intake
