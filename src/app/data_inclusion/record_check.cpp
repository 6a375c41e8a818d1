#include "app/data_inclusion/record_check.hpp"

#include <algorithm>
#include <set>

#include "app/data_inclusion/json_schema.hpp"
#include "app/data_inclusion/v0_mapping.hpp"

namespace pacte::app {
namespace {

using Json = nlohmann::json;

std::string Quoted(const std::string& s) { return "« " + s + " »"; }

// Fields only services have (v1 and v0), to tell a service from a structure.
bool LooksLikeService(const Json& r) {
  static const std::set<std::string> structure_fields = [] {
    const auto& names = StructureSchema().PropertyNames();
    return std::set<std::string>(names.begin(), names.end());
  }();
  static const std::set<std::string> v0_service{"profils", "types", "zone_diffusion_type",
                                                "zone_diffusion_code"};
  for (const auto& name : ServiceSchema().PropertyNames()) {
    if (!structure_fields.contains(name) && r.contains(name)) return true;
  }
  for (const auto& name : v0_service) {
    if (r.contains(name)) return true;
  }
  return false;
}

std::optional<std::string> OptText(const Json& r, const char* f) {
  auto it = r.find(f);
  if (it == r.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

std::optional<double> OptNumber(const Json& r, const char* f) {
  auto it = r.find(f);
  if (it == r.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

std::vector<std::string> List(const Json& r, const char* f) {
  std::vector<std::string> out;
  auto it = r.find(f);
  if (it == r.end() || !it->is_array()) return out;
  for (const auto& v : *it) {
    if (v.is_string()) out.push_back(v.get<std::string>());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void UnknownFields(const Json& r, const JsonSchema& schema, RecordReport& rep) {
  const auto& names = schema.PropertyNames();
  for (const auto& [key, value] : r.items()) {
    if (std::find(names.begin(), names.end(), key) == names.end()) {
      rep.warnings.push_back({key, "champ inconnu du format data·inclusion v1 : ignoré"});
    }
  }
}

bool IsCommuneShape(const std::string& c) {
  if (c.size() != 5) return false;
  return IsDepartementCode(c.substr(0, 2)) || IsDepartementCode(c.substr(0, 3));
}

// One code of zone_eligibilite, sorted into the service's zone lists.
void CheckZoneCode(const std::string& code, std::size_t i, const Geography& geo, DiService& s,
                   RecordReport& rep) {
  std::string field = "zone_eligibilite[" + std::to_string(i) + "]";
  if (code == "france" || code == "99100") {
    s.zone_france = true;
  } else if (code.size() == 5 && code.rfind("99", 0) == 0) {
    rep.warnings.push_back({field, "code pays " + Quoted(code) + " hors de France : ignoré"});
  } else if (code.size() == 9 && std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    s.zone_epcis.push_back(code);
  } else if (code.size() <= 3) {
    if (!IsDepartementCode(code)) {
      rep.errors.push_back({field, "code COG invalide " + Quoted(code) +
                                       " : aucun département ne porte ce code"});
    } else {
      s.zone_departements.push_back(code);
    }
  } else if (geo.IsInDepartement(code)) {
    if (!geo.communes.contains(code)) {
      rep.errors.push_back({field, "code COG invalide " + Quoted(code) +
                                       " : aucune commune du département ne porte ce code"});
    } else {
      s.zone_communes.push_back(code);
    }
  } else if (IsCommuneShape(code)) {
    rep.warnings.push_back({field, "commune " + Quoted(code) + " hors du département : conservée"});
    s.zone_communes.push_back(code);
  } else {
    rep.errors.push_back({field, "code COG invalide " + Quoted(code)});
  }
}

void SortUnique(std::vector<std::string>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

void CheckServiceCommune(const Geography& geo, DiService& s, RecordReport& rep) {
  if (!s.commune_code) return;
  const auto& code = *s.commune_code;
  if (auto it = geo.communes.find(code); it != geo.communes.end()) {
    if (!s.commune_name) s.commune_name = it->second.name;
  } else if (geo.IsInDepartement(code)) {
    rep.errors.push_back({"code_insee", "code COG invalide " + Quoted(code) +
                                            " : aucune commune du département ne porte ce code"});
  } else {
    rep.warnings.push_back({"code_insee", "commune " + Quoted(code) + " hors du département"});
  }
}

void Quality(const DiService& s, Date today, RecordReport& rep) {
  auto warn = [&](const char* field, const char* message) {
    rep.warnings.push_back({field, message});
  };
  if (Utf8Length(s.description) < 50) warn("description", "description courte (moins de 50 caractères)");
  if (s.thematiques.empty()) warn("thematiques", "aucune thématique");
  if (s.publics.empty()) warn("publics", "aucun public");
  if (!s.telephone && !s.courriel && !s.lien_mobilisation) {
    warn("telephone", "aucun moyen de contact (téléphone, courriel ou lien de mobilisation)");
  }
  auto has = [](const std::vector<std::string>& v, const char* c) {
    return std::find(v.begin(), v.end(), c) != v.end();
  };
  if (has(s.modes_accueil, "en-presentiel") && !s.adresse) warn("adresse", "accueil en présentiel sans adresse");
  if (has(s.modes_mobilisation, "telephoner") && !s.telephone) warn("telephone", "mobilisation par téléphone sans numéro");
  if (has(s.modes_mobilisation, "envoyer-un-courriel") && !s.courriel) warn("courriel", "mobilisation par courriel sans adresse");
  if (s.frais && *s.frais == "payant" && !s.frais_precisions) warn("frais_precisions", "service payant sans précision sur les frais");
  if (has(s.publics, "tous-publics") && s.publics.size() > 1) warn("publics", "« tous-publics » doit être seul");
  if (!s.name.empty() && s.name.back() == '.' && !s.name.ends_with("etc.")) warn("nom", "le nom ne doit pas se terminer par un point");
  if (auto d = ParseIsoDate(s.date_maj)) {
    if (*d > today) warn("date_maj", "date de mise à jour dans le futur");
    else if (*d < AddMonths(today, -6)) warn("date_maj", "informations de plus de 6 mois");
  }
}

DiService ServiceOf(const Json& r, const Geography& geo, Date today, RecordReport& rep) {
  DiService s;
  s.di_id = r.value("id", "");
  s.di_source = r.value("source", "");
  s.structure_di_id = r.value("structure_id", "");
  s.name = r.value("nom", "");
  s.description = r.value("description", "");
  s.date_maj = r.value("date_maj", "");
  s.type = OptText(r, "type");
  s.frais = OptText(r, "frais");
  for (auto [field, member] : std::initializer_list<std::pair<const char*, std::optional<std::string> DiService::*>>{
           {"frais_precisions", &DiService::frais_precisions},
           {"publics_precisions", &DiService::publics_precisions},
           {"conditions_acces", &DiService::conditions_acces},
           {"adresse", &DiService::adresse},
           {"complement_adresse", &DiService::complement_adresse},
           {"code_insee", &DiService::commune_code},
           {"commune", &DiService::commune_name},
           {"code_postal", &DiService::code_postal},
           {"telephone", &DiService::telephone},
           {"courriel", &DiService::courriel},
           {"contact_nom_prenom", &DiService::contact_nom_prenom},
           {"lien_source", &DiService::lien_source},
           {"lien_mobilisation", &DiService::lien_mobilisation},
           {"mobilisation_precisions", &DiService::mobilisation_precisions},
           {"horaires_accueil", &DiService::horaires_accueil}}) {
    s.*member = OptText(r, field);
  }
  s.latitude = OptNumber(r, "latitude");
  s.longitude = OptNumber(r, "longitude");
  s.volume_horaire_hebdomadaire = OptNumber(r, "volume_horaire_hebdomadaire");
  if (auto w = OptNumber(r, "nombre_semaines")) s.nombre_semaines = static_cast<std::int64_t>(*w);
  s.thematiques = List(r, "thematiques");
  s.publics = List(r, "publics");
  s.modes_accueil = List(r, "modes_accueil");
  s.modes_mobilisation = List(r, "modes_mobilisation");
  s.mobilisable_par = List(r, "mobilisable_par");
  auto zone = r.find("zone_eligibilite");
  if (zone != r.end() && zone->is_array()) {
    for (std::size_t i = 0; i < zone->size(); ++i) CheckZoneCode((*zone)[i].get<std::string>(), i, geo, s, rep);
  }
  SortUnique(s.zone_communes);
  SortUnique(s.zone_departements);
  SortUnique(s.zone_epcis);
  CheckServiceCommune(geo, s, rep);
  Quality(s, today, rep);
  return s;
}

void ResolveStructureCommune(const Geography& geo, DiStructure& s, const std::optional<std::string>& code,
                             RecordReport& rep) {
  if (code && geo.communes.contains(*code)) {
    s.commune_code = *code;
  } else if (s.code_postal && geo.commune_of_postal.contains(*s.code_postal)) {
    s.commune_code = geo.commune_of_postal.at(*s.code_postal);
    rep.warnings.push_back({"code_insee", "commune déduite du code postal " + Quoted(*s.code_postal)});
  } else if (code && geo.IsInDepartement(*code)) {
    rep.errors.push_back({"code_insee", "code COG invalide " + Quoted(*code) +
                                            " : aucune commune du département ne porte ce code"});
    return;
  } else {
    rep.errors.push_back({"code_insee", "la structure doit être située dans une commune du "
                                        "département (code_insee ou code_postal connu)"});
    return;
  }
  s.commune_name = geo.communes.at(s.commune_code).name;
}

DiStructure StructureOf(const Json& r, const Geography& geo, Date today, RecordReport& rep) {
  DiStructure s;
  s.di_id = r.value("id", "");
  s.di_source = r.value("source", "");
  s.name = r.value("nom", "");
  s.date_maj = r.value("date_maj", "");
  for (auto [field, member] : std::initializer_list<std::pair<const char*, std::optional<std::string> DiStructure::*>>{
           {"description", &DiStructure::description},
           {"siret", &DiStructure::siret},
           {"site_web", &DiStructure::site_web},
           {"lien_source", &DiStructure::lien_source},
           {"horaires_accueil", &DiStructure::horaires_accueil},
           {"accessibilite_lieu", &DiStructure::accessibilite_lieu},
           {"adresse", &DiStructure::adresse},
           {"complement_adresse", &DiStructure::complement_adresse},
           {"code_postal", &DiStructure::code_postal},
           {"telephone", &DiStructure::telephone},
           {"courriel", &DiStructure::courriel}}) {
    s.*member = OptText(r, field);
  }
  s.latitude = OptNumber(r, "latitude");
  s.longitude = OptNumber(r, "longitude");
  s.reseaux_porteurs = List(r, "reseaux_porteurs");
  ResolveStructureCommune(geo, s, OptText(r, "code_insee"), rep);
  if (!s.telephone && !s.courriel && !s.site_web) {
    rep.warnings.push_back({"telephone", "aucun moyen de contact (téléphone, courriel ou site web)"});
  }
  if (!s.name.empty() && s.name.back() == '.') {
    rep.warnings.push_back({"nom", "le nom ne doit pas se terminer par un point"});
  }
  if (auto d = ParseIsoDate(s.date_maj); d && *d < AddMonths(today, -6)) {
    rep.warnings.push_back({"date_maj", "informations de plus de 6 mois"});
  }
  return s;
}

}  // namespace

bool IsDepartementCode(const std::string& c) {
  if (c == "2A" || c == "2B") return true;
  if (c.size() == 3) return c >= "971" && c <= "976" && c != "975";
  if (c.size() != 2 || !std::isdigit(static_cast<unsigned char>(c[0])) ||
      !std::isdigit(static_cast<unsigned char>(c[1]))) {
    return false;
  }
  return c != "00" && c != "20" && c <= "95";
}

CheckedRecord CheckRecord(const RawRecord& raw, const Geography& geo, Date today) {
  CheckedRecord out;
  auto& rep = out.report;
  rep.index = raw.index;
  rep.line = raw.line;
  std::string error;
  auto parsed = ParseRecord(raw, error);
  if (!parsed) {
    rep.errors.push_back({"", error});
    return out;
  }
  Json& r = *parsed;
  rep.kind = LooksLikeService(r) ? RecordKind::kService : RecordKind::kStructure;
  if (r.contains("id") && r["id"].is_string()) rep.id = r["id"].get<std::string>();
  if (IsV0Record(r)) {
    rep.v0 = true;
    MapV0Record(r, rep.kind, rep.warnings);
  }
  const auto& schema = rep.kind == RecordKind::kService ? ServiceSchema() : StructureSchema();
  UnknownFields(r, schema, rep);
  for (auto& issue : schema.Validate(r)) rep.errors.push_back({issue.path, issue.message});
  if (!rep.errors.empty()) return out;
  auto source = r["source"].get<std::string>();
  if (rep.id.rfind(source + "--", 0) != 0) {
    rep.warnings.push_back({"id", "l'identifiant devrait commencer par la source " + Quoted(source + "--")});
  }
  if (rep.kind == RecordKind::kService) {
    auto s = ServiceOf(r, geo, today, rep);
    if (rep.errors.empty()) out.service = std::move(s);
  } else {
    auto s = StructureOf(r, geo, today, rep);
    if (rep.errors.empty()) out.structure = std::move(s);
  }
  return out;
}

}  // namespace pacte::app
