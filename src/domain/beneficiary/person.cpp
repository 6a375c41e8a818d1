#include "domain/beneficiary/person.hpp"

#include <initializer_list>

#include "domain/beneficiary/caf_number.hpp"
#include "domain/beneficiary/phone.hpp"
#include "domain/common/text.hpp"
#include "domain/organisation/contact.hpp"
#include "domain/organisation/institution.hpp"
#include "domain/territory/insee_code.hpp"

namespace pacte {
namespace {

std::optional<std::string> NonEmpty(std::string s) {
  if (s.empty()) return std::nullopt;
  return s;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool DigitsAt(std::string_view s, std::initializer_list<std::size_t> positions) {
  for (std::size_t i : positions) {
    if (!IsDigit(s[i])) return false;
  }
  return true;
}

// "DD/MM/YYYY" → "YYYY-MM-DD"; anything else unchanged.
std::string IsoFromFrench(std::string_view text) {
  if (text.size() != 10 || text[2] != '/' || text[5] != '/' ||
      !DigitsAt(text, {0, 1, 3, 4, 6, 7, 8, 9})) {
    return std::string(text);
  }
  return std::string(text.substr(6, 4)) + "-" + std::string(text.substr(3, 2)) + "-" +
         std::string(text.substr(0, 2));
}

// True for "YYYY-MM-DD" shapes, real dates or not.
bool LooksLikeIsoDate(std::string_view iso) {
  return iso.size() == 10 && iso[4] == '-' && iso[7] == '-' &&
         DigitsAt(iso, {0, 1, 2, 3, 5, 6, 8, 9});
}

std::optional<Date> CheckBirthDate(std::string_view typed, Date today, Validation& errors) {
  std::string text = Trim(typed);
  if (text.empty()) {
    errors.Add("birth_date", "Indiquez la date de naissance.");
    return std::nullopt;
  }
  std::string iso = IsoFromFrench(text);
  auto date = ParseIsoDate(iso);
  if (!date) {
    errors.Add("birth_date",
               LooksLikeIsoDate(iso)
                   ? "Cette date n'existe pas (" + iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" +
                         iso.substr(0, 4) + ") : vérifiez le jour et le mois."
                   : "Date de naissance invalide : utilisez le format JJ/MM/AAAA (exemple : "
                     "05/03/1985).");
    return std::nullopt;
  }
  if (*date > today) {
    errors.Add("birth_date", "La date de naissance ne peut pas être dans le futur.");
    return std::nullopt;
  }
  if (*date < AddMonths(today, -12 * kMaxAgeYears)) {
    errors.Add("birth_date", "La date de naissance indique plus de " +
                                 std::to_string(kMaxAgeYears) + " ans : vérifiez l'année saisie.");
    return std::nullopt;
  }
  return date;
}

// Checks the identity fields; returns the birth date when it is valid.
std::optional<Date> CheckIdentity(const PersonDraft& draft, Date today, Validation& errors,
                                  Person& out) {
  if (std::string c = Trim(draft.civility); !c.empty()) {
    out.civility = ParseCivility(c);
    if (!out.civility) errors.Add("civility", "Civilité inconnue : choisissez M. ou Mme.");
  }
  out.last_name = CheckedText(errors, "last_name", draft.last_name, true, kPersonNameMax,
                              "Indiquez le nom de la personne.");
  out.first_name = CheckedText(errors, "first_name", draft.first_name, true, kPersonNameMax,
                               "Indiquez le prénom de la personne.");
  out.birth_name =
      NonEmpty(CheckedText(errors, "birth_name", draft.birth_name, false, kPersonNameMax, ""));
  auto birth = CheckBirthDate(draft.birth_date, today, errors);
  if (birth) out.birth_date = *birth;
  if (std::string s = Trim(draft.sex); !s.empty()) {
    out.sex = ParseSex(s);
    if (!out.sex) errors.Add("sex", "Sexe inconnu : M (homme) ou F (femme) attendu.");
  }
  return birth;
}

// Checks the NIR alone, then against the birth date and sex when those are valid. A person
// whose sex was not given takes the NIR's.
void CheckNir(const PersonDraft& draft, std::optional<Date> birth, Validation& errors,
              Person& out) {
  if (Trim(draft.nir).empty()) return;
  auto nir = ParseNir(draft.nir);
  if (!nir) {
    errors.Add("nir", nir.error().message);
    return;
  }
  CheckNirConsistency(*nir, birth, out.sex, errors);
  out.nir = *nir;
  if (Trim(draft.sex).empty()) out.sex = nir->SexOf();
}

void CheckContacts(const PersonDraft& draft, Validation& errors, Person& out) {
  if (std::string caf = Trim(draft.caf_number); !caf.empty()) {
    auto number = NormaliseCafNumber(caf);
    if (number) {
      out.caf_number = *number;
    } else {
      errors.Add("caf_number", number.error().message);
    }
  }
  if (std::string email = Trim(draft.email); !email.empty()) {
    if (IsPlausibleEmail(email)) {
      out.email = email;
    } else {
      errors.Add("email", "Adresse électronique invalide (exemple : prenom.nom@exemple.fr).");
    }
  }
  if (std::string phone = Trim(draft.phone); !phone.empty()) {
    out.phone = NormalisePhone(phone);
    if (!out.phone) {
      errors.Add("phone",
                 "Numéro de téléphone invalide : 10 chiffres attendus (exemple : 06 12 34 56 "
                 "78), ou un numéro international commençant par +.");
    }
  }
}

void CheckCommune(std::string_view typed, Validation& errors,
                  std::optional<std::string>& commune_code) {
  std::string code = Trim(typed);
  for (char& c : code) {
    if (c == 'a' || c == 'b') c = static_cast<char>(c - 'a' + 'A');
  }
  if (code.empty()) return;
  if (IsValidInseeCode(code)) {
    commune_code = code;
  } else {
    errors.Add("commune_code",
               "Code commune invalide : 5 caractères attendus, le code INSEE (exemple : 92050).");
  }
}

void CheckRole(std::string_view typed, Validation& errors, Person& out) {
  std::string role = Trim(typed);
  if (role.empty()) return;
  out.role = ParseHouseholdRole(role);
  if (out.role) return;
  errors.Add("role", SearchKey(role) == "enf"
                         ? "Les enfants du foyer ne sont pas suivis : seuls le demandeur (DEM) "
                           "et son conjoint (CJT) le sont."
                         : "Rôle inconnu : DEM (demandeur) ou CJT (conjoint) attendu.");
}

}  // namespace

std::string_view PayingBodyCode(PayingBody b) { return b == PayingBody::kCaf ? "CAF" : "MSA"; }

std::string_view PayingBodyLabel(PayingBody b) {
  return b == PayingBody::kCaf ? "Caisse d'allocations familiales (CAF)"
                               : "Mutualité sociale agricole (MSA)";
}

std::optional<PayingBody> ParsePayingBody(std::string_view code) {
  std::string s = SearchKey(code);
  if (s == "caf") return PayingBody::kCaf;
  if (s == "msa") return PayingBody::kMsa;
  return std::nullopt;
}

std::string_view HouseholdRoleCode(HouseholdRole r) {
  return r == HouseholdRole::kDem ? "DEM" : "CJT";
}

std::string_view HouseholdRoleLabel(HouseholdRole r) {
  return r == HouseholdRole::kDem ? "Demandeur" : "Conjoint";
}

std::optional<HouseholdRole> ParseHouseholdRole(std::string_view code) {
  std::string s = SearchKey(code);
  if (s == "dem") return HouseholdRole::kDem;
  if (s == "cjt") return HouseholdRole::kCjt;
  return std::nullopt;
}

Household ValidateHouseholdDraft(const HouseholdDraft& draft, Validation& errors) {
  Household out;
  if (auto numdemrsa = NormaliseNumdemrsa(draft.numdemrsa)) {
    out.numdemrsa = *numdemrsa;
  } else {
    errors.Add("numdemrsa", numdemrsa.error().message);
  }
  if (auto matricule = NormaliseCafNumber(draft.caf_matricule, "caf_matricule")) {
    out.caf_matricule = *matricule;
  } else {
    errors.Add("caf_matricule", matricule.error().message);
  }
  if (std::string body = Trim(draft.paying_body); !body.empty()) {
    if (auto parsed = ParsePayingBody(body)) {
      out.paying_body = *parsed;
    } else {
      errors.Add("paying_body", "Organisme payeur inconnu : CAF ou MSA attendu.");
    }
  }
  CheckCommune(draft.commune_code, errors, out.commune_code);
  out.address = NonEmpty(CheckedText(errors, "address", draft.address, false, kAddressMax, ""));
  return out;
}

Person ValidatePersonDraft(const PersonDraft& draft, Date today, Validation& errors) {
  Person out;
  auto birth = CheckIdentity(draft, today, errors, out);
  CheckNir(draft, birth, errors, out);
  CheckContacts(draft, errors, out);
  out.address = NonEmpty(CheckedText(errors, "address", draft.address, false, kAddressMax, ""));
  CheckCommune(draft.commune_code, errors, out.commune_code);
  CheckRole(draft.role, errors, out);
  return out;
}

std::string PersonSearchKey(const Person& person) {
  std::string key = SearchKey(person.last_name);
  for (const std::string& name : {person.first_name, person.birth_name.value_or("")}) {
    std::string part = SearchKey(name);
    if (!part.empty()) key += (key.empty() ? "" : " ") + part;
  }
  return key;
}

std::vector<std::string> ChangedPersonFields(const Person& a, const Person& b) {
  std::vector<std::string> out;
  auto note = [&](bool differs, const char* name) {
    if (differs) out.emplace_back(name);
  };
  note(a.civility != b.civility, "civility");
  note(a.last_name != b.last_name, "last_name");
  note(a.first_name != b.first_name, "first_name");
  note(a.birth_name != b.birth_name, "birth_name");
  note(a.birth_date != b.birth_date, "birth_date");
  note(a.sex != b.sex, "sex");
  note(a.nir != b.nir, "nir");
  note(a.caf_number != b.caf_number, "caf_number");
  note(a.email != b.email, "email");
  note(a.phone != b.phone, "phone");
  note(a.address != b.address, "address");
  note(a.commune_code != b.commune_code, "commune_code");
  note(a.role != b.role, "role");
  return out;
}

}  // namespace pacte
