#pragma once
// The beneficiary fields a spreadsheet column can be mapped to, and the suggestion of a field
// from a column header ("N° CAF" → caf_number).

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pacte::intake {

// A mappable field: its code (stable, stored in saved mappings) and its French label.
struct IntakeField {
  std::string_view code;
  std::string_view label;
};

// Field codes (persons / households columns of the data model, plus the combined cell):
// civility, last_name, birth_name, first_name, birth_date, birth_place, sex, nir, caf_number,
// numdemrsa, internal_id (departmental id, e.g. IODAS), france_travail_id, email, phone,
// address, address_complement, postal_code, city, postal_code_city ("92000 Nanterre"), role,
// referent (référent's e-mail or name), structure (accompanying structure).
std::span<const IntakeField> IntakeFields();

// The label of a field code; empty for an unknown code.
std::string_view IntakeFieldLabel(std::string_view code);

// The field a header most likely holds, or nullopt. Insensitive to accents, case, punctuation,
// line breaks, plural "s" and a trailing "*" (SearchKey): "Nom de naissance" → birth_name,
// "N° sécu" → nir, "DDN" → birth_date, "Tél" / "Portable" → phone, "Courriel" / "E-mail" →
// email, "Matricule CAF" / "N° allocataire" → caf_number, "CP Ville" → postal_code_city,
// "ID Iodas" / "Identifiant départemental" → internal_id. Headers about other matters
// ("Date CER", "Lieu du rdv", "1er RDV structure") give nullopt.
std::optional<std::string_view> SuggestField(std::string_view header);

// One suggestion per header, in order; a field already suggested for an earlier header is not
// suggested again (nullopt), so that a mapping never takes two columns into one field.
std::vector<std::optional<std::string_view>> SuggestFields(std::span<const std::string> headers);

}  // namespace pacte::intake
