#pragma once
// An institution of the pact (France Travail, the CAF, a CCAS, an association…): its rules,
// independent of storage. Structures (the places that accompany people or run actions)
// belong to an institution.

#include <optional>
#include <string>

#include "domain/common/error.hpp"
#include "domain/organisation/institution_kind.hpp"

namespace pacte {

// What a person or an API client typed, before validation.
struct InstitutionDraft {
  std::string name;
  std::string kind;   // an InstitutionKind code
  std::string siret;  // empty: none; spaces are tolerated
  bool is_pact_signatory = false;
};

// Validated institution fields.
struct InstitutionFields {
  std::string name;
  InstitutionKind kind = InstitutionKind::kAutre;
  std::optional<std::string> siret;  // 14 digits, checked
  bool is_pact_signatory = false;
};

inline constexpr std::size_t kInstitutionNameMax = 200;

// Checks a draft. Every problem is added to `errors` with its field ("name", "kind", "siret")
// and a French message; the returned fields are meaningful only when errors.Ok().
InstitutionFields ValidateInstitution(const InstitutionDraft& draft, Validation& errors);

// The draft that validates to `fields` (to edit a stored institution).
InstitutionDraft DraftOf(const InstitutionFields& fields);

// Checks free text: valid UTF-8, trimmed, required or not, at most `max_chars` characters.
// Returns the trimmed text; adds a French error for `field` when it breaks a rule.
std::string CheckedText(Validation& errors, const std::string& field, std::string_view value,
                        bool required, std::size_t max_chars, const char* missing_message);

}  // namespace pacte
