#pragma once
// NIR (numéro d'inscription au répertoire, the French social security number): parsing,
// key check, consistency with the person's identity, and display forms.
//
// Layout of the 15 characters (positions 1-based):
//   1      sex: 1 male, 2 female; 7 male, 8 female for temporary numbers (NIA)
//   2–3    last two digits of the birth year
//   4–5    birth month 01–12; 20–42 or 50–99 when the month is unknown
//   6–7    département of birth 01–95 (20 for Corsica before 1976), 2A, 2B, 99 abroad;
//   6–8    overseas: 97x or 98x, then the commune on 2 digits (9–10)
//   8–10   commune of birth (or country code when born abroad)
//   11–13  order number in the birth register
//   14–15  key = 97 − (first 13 digits mod 97), with 2A read as 19 and 2B as 18
// Only the NIR's structure is checked: commune and order are digits, not looked up.

#include <optional>
#include <string>
#include <string_view>

#include "domain/beneficiary/sex.hpp"
#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte {

// A NIR whose structure and key are valid. Obtain one from ParseNir only.
class Nir {
 public:
  // The normalised form: exactly 15 characters, no spaces, "2A"/"2B" upper-case, key included.
  const std::string& Value() const { return value_; }

  // '1' or '2'; '7' or '8' for a temporary number.
  char SexDigit() const { return value_[0]; }
  Sex SexOf() const;
  bool IsTemporary() const;
  // Last two digits of the birth year (0–99).
  int BirthYearTwoDigits() const;
  // The birth month 1–12, or nullopt when the NIR says it is unknown (20–42, 50–99).
  std::optional<int> BirthMonth() const;
  // "92", "2A", "20", "974", "99".
  std::string_view DepartementOfBirth() const;
  bool IsBornAbroad() const { return DepartementOfBirth() == "99"; }
  bool IsBornOverseas() const { return DepartementOfBirth().size() == 3; }
  // Commune of birth (3 digits; 2 overseas) or the INSEE country code when born abroad.
  std::string_view PlaceOfBirth() const;
  std::string_view OrderNumber() const { return std::string_view(value_).substr(10, 3); }
  std::string_view Key() const { return std::string_view(value_).substr(13, 2); }

  bool operator==(const Nir&) const = default;

 private:
  friend Result<Nir> ParseNir(std::string_view typed);
  explicit Nir(std::string value) : value_(std::move(value)) {}
  std::string value_;
};

// Parses a NIR as typed or received from the CAF:
//  - spaces, tabs and non-breaking spaces anywhere are ignored; "2a"/"2b" are upper-cased;
//  - 15 characters are checked against their key; 13 characters (no key, as many CAF records
//    carry) are accepted and completed with the computed key;
//  - the sex digit, month and département must follow the layout above.
// On failure: an ErrorKind::kInvalid error on field "nir" whose code is one of
// nir.characters, nir.length, nir.corsica, nir.sex, nir.month, nir.departement, nir.key, with
// a French message saying precisely what is wrong.
Result<Nir> ParseNir(std::string_view typed);

// The key (1–97) of the first 13 characters of a NIR (digits, "2A"/"2B" allowed in positions
// 6–7). nullopt when `first13` is not 13 such characters.
std::optional<int> ComputeNirKey(std::string_view first13);

// Adds to `errors`, on field "nir", one French message per inconsistency between the NIR and
// the person's other data; nothing when consistent or when the data is absent:
//  - birth year: the NIR's two year digits must equal the birth year modulo 100;
//  - birth month: when the NIR's month is 01–12 it must equal the birth month;
//  - sex: 1 or 7 for a man, 2 or 8 for a woman.
void CheckNirConsistency(const Nir& nir, std::optional<Date> birth_date, std::optional<Sex> sex,
                         Validation& errors);

// Grouped for reading: "1 85 05 92 050 123 03"; overseas "1 96 04 974 22 123 84".
std::string FormatNir(const Nir& nir);

// For agents who do not need the NIR: sex, year and month stay visible (the birth date is on
// the same page anyway); place of birth, order number and key are hidden, always with the
// same shape so that the mask does not reveal an overseas birth: "1 85 05 ** *** *** **".
std::string MaskNir(const Nir& nir);

// MaskNir of a stored NIR text; a text that does not parse is never echoed: the answer is then
// the fully hidden "* ** ** ** *** *** **".
std::string MaskNirText(std::string_view stored);

}  // namespace pacte
