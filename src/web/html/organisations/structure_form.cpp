#include "web/html/organisations/structure_form.hpp"

#include "app/organisations/institutions.hpp"
#include "app/territory/territory_queries.hpp"
#include "domain/organisation/structure_kind.hpp"
#include "web/html/organisations/organisation_views.hpp"

namespace pacte::web {

std::vector<Option> DreesOptions() {
  std::vector<Option> out;
  for (auto c : AllDreesCategories()) {
    out.push_back({std::string(DreesCategoryCode(c)), std::string(DreesCategoryLabel(c))});
  }
  return out;
}

std::vector<Option> StructureKindOptions() {
  std::vector<Option> out;
  for (auto k : AllStructureKinds()) {
    out.push_back({std::string(StructureKindCode(k)), std::string(StructureKindLabel(k))});
  }
  return out;
}

Result<StructureChoices> LoadStructureChoices(RequestContext& ctx, bool with_institutions) {
  StructureChoices out;
  auto territory = app::ListTerritoryChoices(ctx.services.store, ctx.Who());
  if (!territory) return Fail(territory.error());
  for (const auto& c : territory->communes) {
    out.communes.push_back({c.insee_code, c.name + " (" + c.insee_code + ")"});
  }
  for (const auto& t : territory->territories)
    out.territories.push_back({std::to_string(t.id), t.name});
  if (with_institutions) {
    auto institutions = app::ListInstitutionChoices(ctx.services.store, ctx.Who());
    if (!institutions) return Fail(institutions.error());
    for (const auto& i : *institutions) out.institutions.push_back({std::to_string(i.id), i.name});
  }
  return out;
}

nlohmann::json StructureFormJson(const StructureDraft& d, const StructureChoices& choices,
                                 const nlohmann::json& errors, const std::string& action,
                                 std::optional<std::int64_t> version) {
  std::string institution = d.institution_id > 0 ? std::to_string(d.institution_id) : "";
  nlohmann::json fields{
      {"institution_id",
       SelectField(FieldSpec("institution_id", "Institution", institution).Required(),
                   choices.institutions, "Choisir une institution", errors)},
      {"name",
       TextField(
           FieldSpec("name", "Nom", d.name).Required().MaxLength(150).Autocomplete("organization"),
           errors)},
      {"address",
       TextField(
           FieldSpec("address", "Adresse", d.address).MaxLength(300).Autocomplete("street-address"),
           errors)},
      {"commune_code", SelectField(FieldSpec("commune_code", "Commune", d.commune_code).Required(),
                                   choices.communes, "Choisir une commune", errors)},
      {"phone", TextField(FieldSpec("phone", "Téléphone", d.phone)
                              .Type("tel")
                              .Hint("Exemple : 01 47 29 30 00")
                              .MaxLength(30)
                              .Autocomplete("tel"),
                          errors)},
      {"email", TextField(FieldSpec("email", "Adresse électronique", d.email)
                              .Type("email")
                              .Hint("Exemple : accueil@structure.fr")
                              .MaxLength(254)
                              .Autocomplete("email"),
                          errors)},
      {"drees_category",
       SelectField(FieldSpec("drees_category", "Catégorie DREES", d.drees_category)
                       .Required()
                       .Hint("Catégorie d'organisme de l'enquête OARSA de la DREES."),
                   DreesOptions(), "Choisir une catégorie", errors)}};
  nlohmann::json roles{{"referent", d.is_referent_body},
                       {"operator", d.is_action_operator},
                       {"error", errors.contains("is_referent_body") ? errors["is_referent_body"]
                                                                     : nlohmann::json()}};
  return {{"action", action},
          {"fields", fields},
          {"roles", roles},
          {"version", version ? nlohmann::json(std::to_string(*version)) : nlohmann::json()},
          {"summary", errors.contains("_summary") ? errors["_summary"] : nlohmann::json()},
          {"submit_label", version ? "Enregistrer les modifications" : "Créer la structure"}};
}

StructureDraft StructureDraftFromForm(const Params& form) {
  StructureDraft d;
  d.institution_id = ParseVersion(FormValue(form, "institution_id"));
  d.name = FormValue(form, "name");
  d.address = FormValue(form, "address");
  d.commune_code = FormValue(form, "commune_code");
  d.phone = FormValue(form, "phone");
  d.email = FormValue(form, "email");
  d.is_referent_body = FormChecked(form, "is_referent_body");
  d.is_action_operator = FormChecked(form, "is_action_operator");
  d.drees_category = FormValue(form, "drees_category");
  return d;
}

app::StructureChanges StructureChangesOf(const StructureDraft& d) {
  return app::StructureChanges{d.institution_id, d.name,  d.address,          d.commune_code,
                               d.phone,          d.email, d.is_referent_body, d.is_action_operator,
                               d.drees_category};
}

}  // namespace pacte::web
