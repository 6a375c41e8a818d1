#include "domain/organisation/institution.hpp"

#include "domain/common/text.hpp"
#include "domain/organisation/siret.hpp"

namespace pacte {
namespace {

std::size_t CodePoints(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

}  // namespace

std::string CheckedText(Validation& errors, const std::string& field, std::string_view value,
                        bool required, std::size_t max_chars, const char* missing_message) {
  if (!IsValidUtf8(value)) {
    errors.Add(field, "Le texte contient des caractères illisibles (encodage invalide).");
    return {};
  }
  std::string text = Trim(value);
  if (text.empty()) {
    if (required) errors.Add(field, missing_message);
    return text;
  }
  if (CodePoints(text) > max_chars) {
    errors.Add(field,
               "Ce champ ne doit pas dépasser " + std::to_string(max_chars) + " caractères.");
  }
  return text;
}

InstitutionFields ValidateInstitution(const InstitutionDraft& draft, Validation& errors) {
  InstitutionFields out;
  out.name = CheckedText(errors, "name", draft.name, true, kInstitutionNameMax,
                         "Indiquez le nom de l'institution.");
  if (auto kind = ParseInstitutionKind(Trim(draft.kind))) {
    out.kind = *kind;
  } else {
    errors.Add("kind", Trim(draft.kind).empty() ? "Choisissez le type d'institution."
                                                : "Type d'institution inconnu : choisissez-en "
                                                  "un dans la liste.");
  }
  std::string siret = CompactSiret(draft.siret);
  if (!siret.empty()) {
    switch (CheckSiret(siret)) {
      case SiretCheck::kValid:
        out.siret = siret;
        break;
      case SiretCheck::kWrongFormat:
        errors.Add("siret", "SIRET invalide : il doit compter exactement 14 chiffres.");
        break;
      case SiretCheck::kWrongChecksum:
        errors.Add("siret",
                   "SIRET invalide : la clé de contrôle ne correspond pas (vérifiez les "
                   "chiffres saisis).");
        break;
    }
  }
  out.is_pact_signatory = draft.is_pact_signatory;
  return out;
}

InstitutionDraft DraftOf(const InstitutionFields& f) {
  return InstitutionDraft{f.name, std::string(InstitutionKindCode(f.kind)), f.siret.value_or(""),
                          f.is_pact_signatory};
}

}  // namespace pacte
