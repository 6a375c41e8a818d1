#include "web/html/catalogue_search/catalogue_search_form.hpp"

#include <algorithm>

#include "domain/beneficiary/barriers.hpp"
#include "domain/offer/di_codes.hpp"
#include "domain/offer/objective.hpp"
#include "web/html/catalogue_search/catalogue_search_view.hpp"

namespace pacte::web {
namespace {

std::vector<Option> ObjectiveOptions() {
  std::vector<Option> out;
  for (Objective o : AllObjectives()) {
    out.push_back({std::string(ObjectiveCode(o)), std::string(ObjectiveLabel(o))});
  }
  return out;
}

// Each category ("Mobilité : toutes") followed by its thematiques.
std::vector<Option> ThematiqueOptions() {
  std::vector<Option> out;
  for (auto category : di::ThematiqueCategories()) {
    const std::string label(di::ThematiqueCategoryLabel(category));
    out.push_back({std::string(category), label + " : toutes"});
    for (const auto& t : di::Thematiques()) {
      if (di::ThematiqueCategory(t.value) == category) {
        out.push_back({std::string(t.value), label + " — " + std::string(t.label)});
      }
    }
  }
  return out;
}

std::vector<Option> CodeOptions(const std::vector<di::DiCode>& codes) {
  std::vector<Option> out;
  for (const auto& c : codes) out.push_back({std::string(c.value), std::string(c.label)});
  return out;
}

nlohmann::json BarrierOptions(const Params& query) {
  const auto chosen = CriteriaFromQuery(query).barriers;
  nlohmann::json out = nlohmann::json::array();
  for (BarrierTheme t : AllBarrierThemes()) {
    const std::string code(BarrierThemeCode(t));
    out.push_back({{"value", code},
                   {"label", BarrierThemeLabel(t)},
                   {"checked", std::find(chosen.begin(), chosen.end(), code) != chosen.end()}});
  }
  return out;
}

}  // namespace

nlohmann::json SearchFormJson(const Params& q, const std::vector<Option>& communes,
                              const nlohmann::json& errors) {
  nlohmann::json fields = nlohmann::json::array();
  auto text = [&](FieldSpec spec) { fields.push_back({{"text", TextField(spec, errors)}}); };
  auto select = [&](FieldSpec spec, const std::vector<Option>& options, const char* all) {
    fields.push_back({{"select", SelectField(spec, options, all, errors)}});
  };
  auto value = [&](const char* name) { return FormValue(q, name); };
  text(FieldSpec("q", "Mots-clés", value("q"))
           .Type("search")
           .Hint("Dans le nom et la description ; accents et majuscules indifférents.")
           .MaxLength(200));
  select(FieldSpec("objective", "Objectif du PDI-RE", value("objective")), ObjectiveOptions(),
         "Tous les objectifs");
  select(FieldSpec("thematique", "Thématique", value("thematique")), ThematiqueOptions(),
         "Toutes les thématiques");
  select(FieldSpec("commune", "Commune de la personne", value("commune")), communes,
         "Toutes les communes");
  text(FieldSpec("radius_km", "Distance maximale (km)", value("radius_km"))
           .Hint("Depuis le centre de la commune choisie.")
           .Autocomplete("off"));
  select(FieldSpec("public", "Public", value("public")), CodeOptions(di::Publics()),
         "Tous les publics");
  select(FieldSpec("mode", "Accueil", value("mode")),
         {{"en-presentiel", "Sur place"}, {"a-distance", "À distance"}}, "Sur place ou à distance");
  text(FieldSpec("weekly_hours_min", "Heures par semaine, au moins", value("weekly_hours_min"))
           .Autocomplete("off"));
  text(FieldSpec("weekly_hours_max", "Heures par semaine, au plus", value("weekly_hours_max"))
           .Autocomplete("off"));
  text(FieldSpec("from", "Sessions commençant à partir du", value("from")).Type("date"));
  text(FieldSpec("to", "Sessions commençant jusqu'au", value("to")).Type("date"));
  nlohmann::json out{{"fields", fields},
                     {"barrier_options", BarrierOptions(q)},
                     {"has_places", value("has_places") == "true" || value("has_places") == "1" ||
                                        value("has_places") == "on"}};
  if (errors.contains("barrier")) out["barrier_error"] = errors["barrier"];
  if (errors.contains("has_places")) out["has_places_error"] = errors["has_places"];
  return out;
}

}  // namespace pacte::web
