#include "web/html/beneficiaries/beneficiary_form.hpp"

namespace pacte::web {

nlohmann::json BeneficiaryFormJson(const app::NewBeneficiary& in,
                                   const std::vector<Option>& communes,
                                   const nlohmann::json& errors, const std::string& action,
                                   std::optional<std::int64_t> version) {
  const PersonDraft& d = in.person;
  nlohmann::json fields = nlohmann::json::array();
  auto text = [&](FieldSpec spec) { fields.push_back({{"text", TextField(spec, errors)}}); };
  auto select = [&](FieldSpec spec, const std::vector<Option>& options, const char* empty) {
    fields.push_back({{"select", SelectField(spec, options, empty, errors)}});
  };
  select(FieldSpec("civility", "Civilité", d.civility),
         {{"madame", "Madame"}, {"monsieur", "Monsieur"}}, "Non renseignée");
  text(FieldSpec("last_name", "Nom", d.last_name).Required().MaxLength(100).Autocomplete("off"));
  text(FieldSpec("first_name", "Prénom", d.first_name).Required().MaxLength(100).Autocomplete(
      "off"));
  text(FieldSpec("birth_name", "Nom de naissance", d.birth_name).MaxLength(100));
  text(FieldSpec("birth_date", "Date de naissance", d.birth_date).Type("date").Required());
  select(FieldSpec("sex", "Sexe", d.sex), {{"F", "Femme"}, {"M", "Homme"}}, "Non renseigné");
  text(FieldSpec("nir", "NIR (numéro de sécurité sociale)", d.nir)
           .Hint("13 ou 15 caractères ; la clé est calculée si elle manque.")
           .Autocomplete("off"));
  text(FieldSpec("caf_number", "Numéro d'allocataire CAF", d.caf_number).Autocomplete("off"));
  text(FieldSpec("email", "Adresse électronique", d.email).Type("email").Autocomplete("off"));
  text(FieldSpec("phone", "Téléphone", d.phone).Type("tel").Autocomplete("off"));
  text(FieldSpec("address", "Adresse", d.address).MaxLength(300).Autocomplete("off"));
  select(FieldSpec("commune_code", "Commune", d.commune_code), communes, "Non renseignée");
  if (!version) {
    text(FieldSpec("dd_since", "Entrée en droits et devoirs", in.dd_since)
             .Type("date")
             .Hint("Facultatif : date d'entrée dans le périmètre des droits et devoirs."));
  }
  nlohmann::json out{{"fields", fields},
                     {"action", action},
                     {"submit_label", version ? "Enregistrer" : "Créer la fiche"}};
  if (version) out["version"] = *version;
  if (errors.contains("_summary")) out["summary"] = errors["_summary"];
  return out;
}

app::NewBeneficiary BeneficiaryFromForm(const Params& form) {
  app::NewBeneficiary in;
  PersonDraft& d = in.person;
  d.civility = FormValue(form, "civility");
  d.last_name = FormValue(form, "last_name");
  d.first_name = FormValue(form, "first_name");
  d.birth_name = FormValue(form, "birth_name");
  d.birth_date = FormValue(form, "birth_date");
  d.sex = FormValue(form, "sex");
  d.nir = FormValue(form, "nir");
  d.caf_number = FormValue(form, "caf_number");
  d.email = FormValue(form, "email");
  d.phone = FormValue(form, "phone");
  d.address = FormValue(form, "address");
  d.commune_code = FormValue(form, "commune_code");
  in.dd_since = FormValue(form, "dd_since");
  return in;
}

app::BeneficiaryChanges ChangesOf(const PersonDraft& d) {
  app::BeneficiaryChanges c;
  c.civility = d.civility;
  c.first_name = d.first_name;
  c.last_name = d.last_name;
  c.birth_name = d.birth_name;
  c.birth_date = d.birth_date;
  c.sex = d.sex;
  c.nir = d.nir;
  c.caf_number = d.caf_number;
  c.email = d.email;
  c.phone = d.phone;
  c.address = d.address;
  c.commune_code = d.commune_code;
  return c;
}

}  // namespace pacte::web
