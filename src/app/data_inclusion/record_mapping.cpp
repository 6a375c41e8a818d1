#include "app/data_inclusion/record_mapping.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "app/data_inclusion/json_schema.hpp"
#include "domain/beneficiary/barriers.hpp"
#include "domain/offer/di_codes.hpp"
#include "domain/offer/objective.hpp"

namespace pacte::app {
namespace {

using Json = nlohmann::json;

Json Opt(const std::optional<std::string>& v) { return v ? Json(*v) : Json(nullptr); }
Json Opt(const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); }

// A text that must hold [min, max] characters, else null.
Json Bounded(const std::optional<std::string>& v, std::size_t min, std::size_t max) {
  if (!v) return nullptr;
  auto n = Utf8Length(*v);
  return n >= min && n <= max ? Json(*v) : Json(nullptr);
}

Json ListOrNull(const std::vector<std::string>& v) { return v.empty() ? Json(nullptr) : Json(v); }

// Every schema property present, in the schema's order.
Json Ordered(const JsonSchema& schema, const Json& values) {
  Json out = Json::object();
  for (const auto& name : schema.PropertyNames()) {
    auto it = values.find(name);
    out[name] = it == values.end() ? Json(nullptr) : *it;
  }
  return out;
}

std::vector<std::string> Zone(const DiService& s) {
  std::vector<std::string> z;
  if (s.zone_france) z.emplace_back("france");
  z.insert(z.end(), s.zone_departements.begin(), s.zone_departements.end());
  z.insert(z.end(), s.zone_epcis.begin(), s.zone_epcis.end());
  z.insert(z.end(), s.zone_communes.begin(), s.zone_communes.end());
  return z;
}

std::string CsvCell(const Json& v) {
  std::string text;
  if (v.is_null()) return "";
  if (v.is_string()) {
    text = v.get<std::string>();
  } else if (v.is_array()) {
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i > 0) text += ",";
      text += v[i].is_string() ? v[i].get<std::string>() : v[i].dump();
    }
  } else {
    text = v.dump();
  }
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

template <class T>
std::optional<T> FirstOf(const std::vector<std::string>& networks,
                         const std::map<std::string, T>& table) {
  for (const auto& n : networks) {
    if (auto it = table.find(n); it != table.end()) return it->second;
  }
  return std::nullopt;
}

}  // namespace

nlohmann::json StructureRecordJson(const DiStructure& s) {
  Json v{{"source", s.di_source},
         {"id", s.di_id},
         {"nom", s.name},
         {"date_maj", s.date_maj},
         {"description", Bounded(s.description, 5, 10000)},
         {"lien_source", Bounded(s.lien_source, 1, 2083)},
         {"siret", s.siret && s.siret->size() == 14 ? Json(*s.siret) : Json(nullptr)},
         {"commune", s.commune_name.empty() ? Json(nullptr) : Json(s.commune_name)},
         {"code_postal", s.code_postal && s.code_postal->size() == 5 ? Json(*s.code_postal) : Json(nullptr)},
         {"code_insee", s.commune_code.empty() ? Json(nullptr) : Json(s.commune_code)},
         {"adresse", Opt(s.adresse)},
         {"complement_adresse", Opt(s.complement_adresse)},
         {"longitude", Opt(s.longitude)},
         {"latitude", Opt(s.latitude)},
         {"telephone", Opt(s.telephone)},
         {"courriel", Opt(s.courriel)},
         {"site_web", Bounded(s.site_web, 1, 2083)},
         {"horaires_accueil", Opt(s.horaires_accueil)},
         {"accessibilite_lieu", Bounded(s.accessibilite_lieu, 1, 2083)},
         {"reseaux_porteurs", ListOrNull(s.reseaux_porteurs)}};
  return Ordered(StructureSchema(), v);
}

nlohmann::json ServiceRecordJson(const DiService& s) {
  std::string description = s.description;
  if (Utf8Length(description) < 5) description = s.name + " : description à compléter.";
  auto zone = Zone(s);
  Json v{{"source", s.di_source},
         {"structure_id", s.structure_di_id},
         {"id", s.di_id},
         {"nom", s.name},
         {"description", description},
         {"lien_source", Bounded(s.lien_source, 1, 2083)},
         {"date_maj", s.date_maj},
         {"type", Opt(s.type)},
         {"thematiques", ListOrNull(s.thematiques)},
         {"frais", Opt(s.frais)},
         {"frais_precisions", Opt(s.frais_precisions)},
         {"publics", ListOrNull(s.publics)},
         {"publics_precisions", Opt(s.publics_precisions)},
         {"conditions_acces", Opt(s.conditions_acces)},
         {"commune", Opt(s.commune_name)},
         {"code_postal", s.code_postal && s.code_postal->size() == 5 ? Json(*s.code_postal) : Json(nullptr)},
         {"code_insee", Opt(s.commune_code)},
         {"adresse", Opt(s.adresse)},
         {"complement_adresse", Opt(s.complement_adresse)},
         {"longitude", Opt(s.longitude)},
         {"latitude", Opt(s.latitude)},
         {"telephone", Opt(s.telephone)},
         {"courriel", Opt(s.courriel)},
         {"modes_accueil", ListOrNull(s.modes_accueil)},
         {"zone_eligibilite", zone.empty() ? Json(nullptr) : Json(zone)},
         {"contact_nom_prenom", Opt(s.contact_nom_prenom)},
         {"lien_mobilisation", Bounded(s.lien_mobilisation, 1, 2083)},
         {"modes_mobilisation", ListOrNull(s.modes_mobilisation)},
         {"mobilisable_par", ListOrNull(s.mobilisable_par)},
         {"mobilisation_precisions", Opt(s.mobilisation_precisions)},
         {"volume_horaire_hebdomadaire", Opt(s.volume_horaire_hebdomadaire)},
         {"nombre_semaines", s.nombre_semaines && *s.nombre_semaines >= 1 ? Json(*s.nombre_semaines) : Json(nullptr)},
         {"horaires_accueil", Opt(s.horaires_accueil)}};
  return Ordered(ServiceSchema(), v);
}

std::string RecordsCsv(DiKind kind, const std::vector<nlohmann::json>& records) {
  const auto& names =
      (kind == DiKind::kServices ? ServiceSchema() : StructureSchema()).PropertyNames();
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) out += (i ? "," : "") + names[i];
  out += "\r\n";
  for (const auto& r : records) {
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (i) out += ",";
      auto it = r.find(names[i]);
      if (it != r.end()) out += CsvCell(*it);
    }
    out += "\r\n";
  }
  return out;
}

NewStructureCodes NewStructureCodesOf(const DiStructure& s) {
  static const std::map<std::string, std::string> kinds{
      {"ccas-cias", "ccas"},       {"mission-locale", "mission_locale"},
      {"france-travail", "france_travail"}, {"caf", "caf"},
      {"cap-emploi-reseau-cheops", "cap_emploi"}, {"communes", "commune"},
      {"departements", "departement"}, {"cpam", "cpam"},
      {"mutualite-sociale-agricole", "msa"}, {"chambres-consulaires", "chambre"},
      {"regions", "region"}};
  static const std::map<std::string, std::string> drees{
      {"france-travail", "france_travail"}, {"mission-locale", "mission_locale"},
      {"plie", "mde_plie_cap_emploi"},     {"maisons-de-l-emploi", "mde_plie_cap_emploi"},
      {"cap-emploi-reseau-cheops", "mde_plie_cap_emploi"}, {"ei", "iae"},
      {"aci", "iae"}, {"etti", "iae"}, {"eiti", "iae"}, {"inae", "iae"}, {"caf", "caf"},
      {"mutualite-sociale-agricole", "msa"}, {"ccas-cias", "ccas_cias"},
      {"departements", "departement"}, {"adie", "creation_entreprise"},
      {"reseau-bge", "creation_entreprise"}, {"initiative-france", "creation_entreprise"},
      {"france-active", "creation_entreprise"}, {"reseau-entreprendre", "creation_entreprise"}};
  return {FirstOf(s.reseaux_porteurs, kinds).value_or("autre"),
          FirstOf(s.reseaux_porteurs, drees).value_or("autre_hors_spe")};
}

ImportedActionExtras ExtrasOf(const DiService& s) {
  ImportedActionExtras e;
  std::vector<std::string_view> views(s.thematiques.begin(), s.thematiques.end());
  if (auto o = ObjectiveOfThematiques(views)) e.objective = std::string(ObjectiveCode(*o));
  std::set<std::string> barriers;
  for (const auto& t : s.thematiques) {
    for (auto b : BarriersOfCategory(di::ThematiqueCategory(t))) {
      barriers.insert(std::string(BarrierThemeCode(b)));
    }
  }
  e.barriers.assign(barriers.begin(), barriers.end());
  return e;
}

}  // namespace pacte::app
