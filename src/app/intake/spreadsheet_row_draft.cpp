#include "app/intake/spreadsheet_row_draft.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "domain/common/text.hpp"
#include "domain/intake/field_suggestion.hpp"

namespace pacte::app {
namespace {

constexpr std::array<std::string_view, 7> kSoftFields = {
    "civility", "sex", "birth_name", "email", "phone", "address", "commune_code"};

bool IsSoft(const std::string& field) {
  return std::find(kSoftFields.begin(), kSoftFields.end(), field) != kSoftFields.end();
}

template <class Draft>
auto DraftField(Draft& d, const std::string& field) -> decltype(&d.civility) {
  if (field == "civility") return &d.civility;
  if (field == "sex") return &d.sex;
  if (field == "birth_name") return &d.birth_name;
  if (field == "email") return &d.email;
  if (field == "phone") return &d.phone;
  if (field == "address") return &d.address;
  if (field == "commune_code") return &d.commune_code;
  return nullptr;
}

void Set(std::string& target, const std::string& value) {
  if (!value.empty()) target = value;
}

void SetFolded(std::string& target, const std::string& value) {
  if (!value.empty() && SearchKey(target) != SearchKey(value)) target = value;
}

}  // namespace

void OverlayRow(PersonDraft& d, const intake::RowCandidate& row,
                const std::optional<std::string>& commune_code) {
  if (row.civility) d.civility = std::string(CivilityCode(*row.civility));
  SetFolded(d.last_name, row.last_name);
  SetFolded(d.first_name, row.first_name);
  SetFolded(d.birth_name, row.birth_name);
  if (row.birth_date) d.birth_date = FormatIsoDate(*row.birth_date);
  if (row.sex) d.sex = std::string(SexCode(*row.sex));
  if (row.nir) d.nir = row.nir->Value();
  Set(d.caf_number, row.caf_number);
  if (!row.email.empty() && SearchKey(d.email) != SearchKey(row.email)) d.email = row.email;
  Set(d.phone, row.phone);
  Set(d.address, row.address);
  if (commune_code) d.commune_code = *commune_code;
  if (row.role == "DEM" || row.role == "CJT") d.role = row.role;
}

Result<Person> ValidateLeniently(PersonDraft draft, const PersonDraft& fallback, Date today,
                                 std::vector<FieldError>& dropped) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    Validation errors;
    Person p = ValidatePersonDraft(draft, today, errors);
    if (errors.Ok()) return p;
    Error e = errors.ToError("person.invalid");
    Validation hard;
    for (const auto& f : e.fields) {
      if (attempt == 0 && IsSoft(f.field)) {
        *DraftField(draft, f.field) = *DraftField(fallback, f.field);
        dropped.push_back(f);
      } else {
        hard.Add(f.field, f.message);
      }
    }
    if (!hard.Ok()) return Fail(hard.ToError("person.invalid"));
  }
  return Fail(Error::Invalid("person.invalid", "Données de la personne invalides."));
}


std::vector<std::string> ReplacedPersonFields(const Person& p,
                                              const std::vector<std::string>& changed) {
  auto had = [&](const std::string& f) {
    if (f == "civility") return p.civility.has_value();
    if (f == "birth_name") return p.birth_name.has_value();
    if (f == "sex") return p.sex.has_value();
    if (f == "nir") return p.nir.has_value();
    if (f == "caf_number") return p.caf_number.has_value();
    if (f == "email") return p.email.has_value();
    if (f == "phone") return p.phone.has_value();
    if (f == "address") return p.address.has_value();
    if (f == "commune_code") return p.commune_code.has_value();
    if (f == "role") return p.role.has_value();
    return true;  // names and birth date are always stored
  };
  std::vector<std::string> out;
  std::copy_if(changed.begin(), changed.end(), std::back_inserter(out), had);
  return out;
}

std::string FieldLabels(const std::vector<std::string>& fields) {
  std::string out;
  for (const auto& f : fields) {
    std::string_view label = intake::IntakeFieldLabel(f);
    if (f == "commune_code") label = "Commune";
    if (!out.empty()) out += ", ";
    out += label.empty() ? f : std::string(label);
  }
  return out;
}

}  // namespace pacte::app
