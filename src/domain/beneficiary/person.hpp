#pragma once
// Households (the RSA file at the CAF/MSA) and the persons followed in them: value types and
// the rules of their fields, independent of storage.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/beneficiary/nir.hpp"
#include "domain/beneficiary/sex.hpp"
#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte {

// Who pays the RSA on behalf of the département (FONORG in the CAF flux).
enum class PayingBody { kCaf, kMsa };

// "CAF" or "MSA", as in the CAF flux.
std::string_view PayingBodyCode(PayingBody b);
// "Caisse d'allocations familiales (CAF)", "Mutualité sociale agricole (MSA)".
std::string_view PayingBodyLabel(PayingBody b);
// "CAF"/"MSA" in any case, after trimming; nullopt otherwise.
std::optional<PayingBody> ParsePayingBody(std::string_view code);

// The person's role in the household (ROLEPERS): only adults are followed.
enum class HouseholdRole { kDem, kCjt };

// "DEM" or "CJT", as in the CAF flux.
std::string_view HouseholdRoleCode(HouseholdRole r);
// "Demandeur" or "Conjoint".
std::string_view HouseholdRoleLabel(HouseholdRole r);
// "DEM"/"CJT" in any case, after trimming; nullopt otherwise (ENF, AUT, RDO included).
std::optional<HouseholdRole> ParseHouseholdRole(std::string_view code);

inline constexpr std::size_t kPersonNameMax = 100;
inline constexpr std::size_t kAddressMax = 300;
inline constexpr int kMaxAgeYears = 120;

// A household as typed or received, before validation.
struct HouseholdDraft {
  std::string numdemrsa;
  std::string caf_matricule;  // allocataire number, any tolerated form (see caf_number.hpp)
  std::string paying_body;    // "CAF" or "MSA"; empty means CAF
  std::string commune_code;   // INSEE code, optional
  std::string address;        // one line, optional
};

// A validated household (the RSA file).
struct Household {
  std::string numdemrsa;      // 11 characters
  std::string caf_matricule;  // 7 digits
  PayingBody paying_body = PayingBody::kCaf;
  std::optional<std::string> commune_code;
  std::optional<std::string> address;

  bool operator==(const Household&) const = default;
};

// Checks a household draft. Every problem is added to `errors` with its field (numdemrsa,
// caf_matricule, paying_body, commune_code, address) and a French message; numdemrsa and
// caf_matricule are required. The result is meaningful only when errors.Ok().
Household ValidateHouseholdDraft(const HouseholdDraft& draft, Validation& errors);

// A person as typed or received, before validation. Empty text means "not given".
struct PersonDraft {
  std::string civility;    // a Civility code or a tolerated form ("M.", "Mme", "MR"…)
  std::string first_name;  // required
  std::string last_name;   // required
  std::string birth_name;
  std::string birth_date;  // required: "YYYY-MM-DD" or "DD/MM/YYYY"
  std::string sex;         // "M"/"F" (or "1"/"2")
  std::string nir;         // 13 or 15 characters, spaces tolerated
  std::string caf_number;  // allocataire number
  std::string email;
  std::string phone;
  std::string address;
  std::string commune_code;  // INSEE code
  std::string role;          // "DEM" or "CJT"
};

// A validated person.
struct Person {
  std::optional<Civility> civility;
  std::string first_name;
  std::string last_name;
  std::optional<std::string> birth_name;
  Date birth_date{};
  // As given; when not given but a NIR is, the NIR's sex.
  std::optional<Sex> sex;
  std::optional<Nir> nir;
  std::optional<std::string> caf_number;  // 7 digits
  std::optional<std::string> email;
  std::optional<std::string> phone;  // stored form of phone.hpp
  std::optional<std::string> address;
  std::optional<std::string> commune_code;
  // Absent when the person was created outside a household (by hand, from a spreadsheet).
  std::optional<HouseholdRole> role;

  bool operator==(const Person&) const = default;
};

// Checks a person draft on the date `today` (the caller's clock). Every problem is added to
// `errors` with its field and a French message:
//  - last_name, first_name: required, at most kPersonNameMax characters; birth_name optional;
//  - birth_date: required, a real date (31/02 is refused), not after `today`, and not more
//    than kMaxAgeYears years before it;
//  - sex, civility, role: known codes only (role DEM or CJT: children are not followed);
//  - nir: parsed as ParseNir does (13 characters completed with the key), then checked
//    against birth_date and sex by CheckNirConsistency (all on field "nir");
//  - caf_number: see NormaliseCafNumber; email: a plausible address; phone: see
//    NormalisePhone; commune_code: an INSEE code; address: at most kAddressMax characters.
// The result is meaningful only when errors.Ok().
Person ValidatePersonDraft(const PersonDraft& draft, Date today, Validation& errors);

// The accent- and case-insensitive key of the person's names, for the search_key column:
// last name, first name and birth name (SearchKey of each, space-separated).
std::string PersonSearchKey(const Person& person);

// The names of the fields that differ between two states of a person (civility,
// last_name, first_name, birth_name, birth_date, sex, nir, caf_number, email, phone,
// address, commune_code, role), in that order: what an update changed, for audit details
// and import reports (names only, never values).
std::vector<std::string> ChangedPersonFields(const Person& a, const Person& b);

}  // namespace pacte
