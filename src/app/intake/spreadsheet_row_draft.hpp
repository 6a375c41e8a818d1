#pragma once
// Helpers of spreadsheet_row.cpp: the person draft of a row laid over a stored person, its
// lenient validation and the fields that changed.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/beneficiary/person.hpp"
#include "domain/common/error.hpp"
#include "domain/intake/row_candidate.hpp"

namespace pacte::app {

// Copies into `draft` every non-empty value of the row (commune_code when found). Names and
// e-mail equal to the draft's but for case and accents are left as stored.
void OverlayRow(PersonDraft& draft, const intake::RowCandidate& row,
                const std::optional<std::string>& commune_code);

// ValidatePersonDraft on `today`; a soft field in error (civility, sex, birth_name, email,
// phone, address, commune_code) takes back the `fallback` draft's value and its problem is
// returned in `dropped`. Errors on the other fields (names, birth date, NIR, CAF number,
// role) fail with their messages.
Result<Person> ValidateLeniently(PersonDraft draft, const PersonDraft& fallback, Date today,
                                 std::vector<FieldError>& dropped);

// ChangedPersonFields: domain/beneficiary/person.hpp.
// Of those, the fields whose stored value was not empty (replaced, not filled in).
std::vector<std::string> ReplacedPersonFields(const Person& before,
                                              const std::vector<std::string>& changed);

// "Courriel, Téléphone": the French labels of field codes.
std::string FieldLabels(const std::vector<std::string>& fields);

}  // namespace pacte::app
