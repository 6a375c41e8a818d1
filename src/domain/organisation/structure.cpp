#include "domain/organisation/structure.hpp"

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

void CheckContacts(const StructureDraft& draft, Validation& errors, StructureFields& out) {
  std::string phone = Trim(draft.phone);
  if (!phone.empty() && !IsPlausiblePhone(phone)) {
    errors.Add("phone", "Numéro de téléphone invalide (exemple : 01 47 29 30 00).");
  }
  out.phone = NonEmpty(phone);
  std::string email = Trim(draft.email);
  if (!email.empty() && !IsPlausibleEmail(email)) {
    errors.Add("email", "Adresse électronique invalide (exemple : accueil@structure.fr).");
  }
  out.email = NonEmpty(email);
}

}  // namespace

StructureFields ValidateStructure(const StructureDraft& draft, Validation& errors) {
  StructureFields out;
  if (draft.institution_id <= 0) {
    errors.Add("institution_id", "Choisissez l'institution dont dépend la structure.");
  }
  out.institution_id = draft.institution_id;
  out.name = CheckedText(errors, "name", draft.name, true, kStructureNameMax,
                         "Indiquez le nom de la structure.");
  out.address =
      NonEmpty(CheckedText(errors, "address", draft.address, false, kStructureAddressMax, ""));
  out.commune_code = Trim(draft.commune_code);
  if (out.commune_code.empty()) {
    errors.Add("commune_code", "Choisissez la commune de la structure.");
  } else if (!IsValidInseeCode(out.commune_code)) {
    errors.Add("commune_code", "Code commune invalide : 5 caractères attendus (exemple : 92050).");
  }
  CheckContacts(draft, errors, out);
  out.is_referent_body = draft.is_referent_body;
  out.is_action_operator = draft.is_action_operator;
  if (!out.is_referent_body && !out.is_action_operator) {
    errors.Add("is_referent_body",
               "Cochez au moins un rôle : organisme référent ou opérateur d'actions.");
  }
  if (auto category = ParseDreesCategory(Trim(draft.drees_category))) {
    out.drees_category = *category;
  } else {
    errors.Add("drees_category", Trim(draft.drees_category).empty()
                                     ? "Choisissez la catégorie DREES de la structure."
                                     : "Catégorie DREES inconnue : choisissez-en une dans la "
                                       "liste.");
  }
  return out;
}

StructureDraft DraftOf(const StructureFields& f) {
  StructureDraft d;
  d.institution_id = f.institution_id;
  d.name = f.name;
  d.address = f.address.value_or("");
  d.commune_code = f.commune_code;
  d.phone = f.phone.value_or("");
  d.email = f.email.value_or("");
  d.is_referent_body = f.is_referent_body;
  d.is_action_operator = f.is_action_operator;
  d.drees_category = std::string(DreesCategoryCode(f.drees_category));
  return d;
}

}  // namespace pacte
