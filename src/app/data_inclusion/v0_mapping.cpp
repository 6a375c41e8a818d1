#include "app/data_inclusion/v0_mapping.hpp"

#include <algorithm>
#include <functional>
#include <map>

#include "domain/common/time.hpp"
#include "domain/offer/di_codes.hpp"

namespace pacte::app {
namespace {

using Table = std::map<std::string, std::string, std::less<>>;

const Table& Profils() {
  static const Table t{
      {"tous-publics", "tous-publics"},
      {"beneficiaires-rsa", "beneficiaires-des-minimas-sociaux"},
      {"beneficiaire-rsa", "beneficiaires-des-minimas-sociaux"},
      {"demandeurs-demploi", "demandeurs-emploi"},
      {"etudiants", "etudiants"},
      {"familles-enfants", "familles"},
      {"femmes", "femmes"},
      {"jeunes", "jeunes"},
      {"jeunes-16-26", "jeunes"},
      {"personnes-handicapees", "personnes-en-situation-de-handicap"},
      {"personnes-en-situation-de-handicap", "personnes-en-situation-de-handicap"},
      {"seniors-65", "seniors"},
      {"retraites", "seniors"},
      {"salaries", "actifs"},
      {"sans-domicile-fixe", "personnes-en-situation-durgence"},
      {"personnes-en-situation-durgence", "personnes-en-situation-durgence"},
      {"sortants-de-detention", "personnes-en-situation-juridique-specifique"},
      {"habitants-qpv", "residents-qpv-frr"},
      {"residents-qpv-frr", "residents-qpv-frr"},
  };
  return t;
}

const Table& Typologies() {
  static const Table t{
      {"CCAS", "ccas-cias"},      {"CIAS", "ccas-cias"},      {"ML", "mission-locale"},
      {"CAF", "caf"},             {"PE", "france-travail"},   {"FT", "france-travail"},
      {"CAP_EMPLOI", "cap-emploi-reseau-cheops"},            {"MDS", "maisons-des-solidarites"},
      {"PLIE", "plie"},           {"CHRS", "chrs"},           {"MDE", "maisons-de-l-emploi"},
      {"EI", "ei"},               {"ACI", "aci"},             {"ETTI", "etti"},
      {"EITI", "eiti"},           {"GEIQ", "geiq"},           {"EA", "ea"},
      {"AFPA", "afpa"},           {"E2C", "ecoles-de-la-deuxieme-chance"},
      {"EPIDE", "epide"},         {"CIDFF", "cidff"},         {"MSA", "mutualite-sociale-agricole"},
      {"CPAM", "cpam"},           {"MUNI", "communes"},       {"DEPT", "departements"},
      {"ESAT", "esat"},           {"PIMMS", "pimms-mediation"}, {"FAIS", "france-service"},
      {"MJC", "mjc"},             {"RESSOURCERIE", "ressourceries"},
  };
  return t;
}

// v0 thematiques whose v1 successor is certain (renamed categories or slugs).
const Table& Thematiques() {
  static const Table t{
      {"acces-aux-droits-et-citoyennete--accompagnement-dans-les-demarches-administratives",
       "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives"},
      {"acces-aux-droits-et-citoyennete--connaitre-ses-droits",
       "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits"},
      {"acces-aux-droits-et-citoyennete--lutter-contre-les-discriminations",
       "difficultes-administratives-ou-juridiques--connaitre-ses-droits-face-a-une-discrimination"},
      {"gestion-financiere--ameliorer-sa-gestion-budgetaire",
       "difficultes-financieres--ameliorer-sa-gestion-budgetaire"},
      {"gestion-financiere--prevenir-le-surendettement",
       "difficultes-financieres--situation-dendettement-surendettement"},
      {"gestion-financiere--creer-et-gerer-son-budget",
       "difficultes-financieres--acquerir-une-autonomie-budgetaire"},
      {"apprendre-francais--communiquer-vie-tous-les-jours",
       "lecture-ecriture-calcul--maitriser-le-francais"},
      {"creation-activite--definir-son-projet-de-creation-dentreprise",
       "creer-une-entreprise--definir-son-projet-de-creation-dentreprise"},
      {"creation-activite--structurer-son-projet-de-creation-dentreprise",
       "creer-une-entreprise--structurer-son-projet-de-creation-dentreprise"},
      {"creation-activite--developper-son-entreprise",
       "creer-une-entreprise--developper-son-entreprise"},
      {"mobilite--preparer-son-permis-de-conduire-se-reentrainer-a-la-conduite",
       "mobilite--preparer-un-permis"},
      {"mobilite--louer-un-vehicule", "mobilite--acceder-a-un-vehicule"},
      {"mobilite--acheter-un-vehicule-motorise", "mobilite--acceder-a-un-vehicule"},
      {"mobilite--entretenir-reparer-son-vehicule", "mobilite--entretenir-reparer-son-vehicule"},
      {"numerique--acceder-a-du-materiel", "numerique--acquerir-un-equipement"},
      {"numerique--acceder-a-une-connexion-internet", "numerique--acceder-a-une-connexion-internet"},
      {"numerique--prendre-en-main-un-ordinateur",
       "numerique--maitriser-les-fondamentaux-du-numerique"},
      {"handicap--faire-reconnaitre-un-handicap", "sante--constituer-un-dossier-mdph-invalidite"},
      {"sante--prevention-et-acces-aux-soins", "sante--acces-aux-soins"},
      {"sante--faire-face-a-une-situation-daddiction", "sante--addictions"},
      {"remobilisation--lien-social", "remobilisation--lien-social"},
      {"remobilisation--bien-etre", "remobilisation--bien-etre-confiance-en-soi"},
      {"famille--garde-denfants", "famille--garde-denfants"},
      {"famille--soutien-a-la-parentalite", "famille--soutien-a-la-parentalite-et-a-leducation"},
      {"famille--violences-intrafamiliales", "famille--surmonter-conflits-separation-violence"},
      {"trouver-un-emploi--repondre-a-des-offres-demploi",
       "trouver-un-emploi--repondre-a-des-offres-demploi"},
      {"trouver-un-emploi--faire-des-candidatures-spontanees",
       "trouver-un-emploi--faire-des-candidatures-spontanees"},
      {"preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation",
       "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation"},
      {"se-former--trouver-sa-formation", "se-former--trouver-sa-formation"},
  };
  return t;
}

void Warn(std::vector<RecordIssue>& w, const std::string& field, std::string message) {
  w.push_back({field, std::move(message)});
}

std::string Quoted(const std::string& s) { return "« " + s + " »"; }

// A list field of strings mapped through `map`; unmapped values dropped with a warning.
nlohmann::json MapList(const nlohmann::json& values, const std::string& field,
                       const std::function<std::optional<std::string>(const std::string&)>& map,
                       std::vector<RecordIssue>& warnings) {
  nlohmann::json out = nlohmann::json::array();
  if (!values.is_array()) return out;
  for (const auto& v : values) {
    if (!v.is_string()) continue;
    auto mapped = map(v.get<std::string>());
    if (!mapped) {
      Warn(warnings, field, "valeur v0 " + Quoted(v.get<std::string>()) +
                                " sans équivalent v1 certain : ignorée");
    } else if (std::find(out.begin(), out.end(), *mapped) == out.end()) {
      out.push_back(*mapped);
    }
  }
  return out;
}

std::optional<std::string> Lookup(const Table& t, const std::string& v) {
  auto it = t.find(v);
  if (it == t.end()) return std::nullopt;
  return it->second;
}

void MapProfils(nlohmann::json& r, std::vector<RecordIssue>& w) {
  if (!r.contains("profils")) return;
  if (r.contains("publics") && !r["publics"].is_null()) {
    Warn(w, "profils", "champ v0 ignoré : « publics » est déjà renseigné");
  } else {
    auto mapped = MapList(r["profils"], "profils",
                          [](const std::string& v) { return Lookup(Profils(), v); }, w);
    if (!mapped.empty()) r["publics"] = mapped;
    Warn(w, "profils", "champ v0 converti en « publics »");
  }
  r.erase("profils");
}

void MapTypologie(nlohmann::json& r, std::vector<RecordIssue>& w) {
  if (!r.contains("typologie")) return;
  const auto& t = r["typologie"];
  if (t.is_string()) {
    auto network = Lookup(Typologies(), t.get<std::string>());
    if (!network) {
      Warn(w, "typologie", "typologie v0 " + Quoted(t.get<std::string>()) +
                               " sans réseau porteur v1 certain : ignorée");
    } else {
      nlohmann::json list = r.contains("reseaux_porteurs") && r["reseaux_porteurs"].is_array()
                                ? r["reseaux_porteurs"]
                                : nlohmann::json::array();
      if (std::find(list.begin(), list.end(), *network) == list.end()) list.push_back(*network);
      r["reseaux_porteurs"] = list;
      Warn(w, "typologie", "typologie v0 convertie en réseau porteur " + Quoted(*network));
    }
  }
  r.erase("typologie");
}

void MapTypes(nlohmann::json& r, std::vector<RecordIssue>& w) {
  if (!r.contains("types")) return;
  auto mapped = MapList(r["types"], "types", [](const std::string& v) -> std::optional<std::string> {
    if (di::IsCodeOf(di::TypesDeServices(), v)) return v;
    return std::nullopt;
  }, w);
  if (mapped.size() == 1 && (!r.contains("type") || r["type"].is_null())) {
    r["type"] = mapped[0];
    Warn(w, "types", "champ v0 converti en « type »");
  } else if (mapped.size() > 1) {
    Warn(w, "types", "plusieurs types v0 : aucun type v1 retenu (ambigu)");
  }
  r.erase("types");
}

void MapThematiques(nlohmann::json& r, std::vector<RecordIssue>& w) {
  if (!r.contains("thematiques") || !r["thematiques"].is_array()) return;
  r["thematiques"] = MapList(r["thematiques"], "thematiques", V1Thematique, w);
}

void SingleOfList(nlohmann::json& r, const char* field, std::vector<RecordIssue>& w) {
  if (!r.contains(field) || !r[field].is_array()) return;
  if (r[field].size() == 1) {
    r[field] = r[field][0];
    Warn(w, field, "liste v0 d'une valeur convertie en valeur unique");
  } else {
    Warn(w, field, "plusieurs valeurs v0 : aucune retenue (ambigu)");
    r.erase(field);
  }
}

void MapZone(nlohmann::json& r, std::vector<RecordIssue>& w) {
  if (!r.contains("zone_diffusion_type") && !r.contains("zone_diffusion_code")) return;
  auto type = r.value("zone_diffusion_type", nlohmann::json()).is_string()
                  ? r["zone_diffusion_type"].get<std::string>()
                  : std::string();
  auto code = r.value("zone_diffusion_code", nlohmann::json()).is_string()
                  ? r["zone_diffusion_code"].get<std::string>()
                  : std::string();
  bool has_zone = r.contains("zone_eligibilite") && !r["zone_eligibilite"].is_null();
  if (!has_zone) {
    if (type == "pays") {
      r["zone_eligibilite"] = {"france"};
    } else if ((type == "commune" || type == "epci" || type == "departement") && !code.empty()) {
      r["zone_eligibilite"] = {code};
    } else {
      Warn(w, "zone_diffusion_type", "zone de diffusion v0 " + Quoted(type) +
                                         " sans équivalent v1 certain : ignorée");
    }
    if (r.contains("zone_eligibilite")) {
      Warn(w, "zone_diffusion_type", "zone de diffusion v0 convertie en « zone_eligibilite »");
    }
  }
  r.erase("zone_diffusion_type");
  r.erase("zone_diffusion_code");
  r.erase("zone_diffusion_nom");
}

void MapDateMaj(nlohmann::json& r, std::vector<RecordIssue>& w) {
  if (!r.contains("date_maj") || !r["date_maj"].is_string()) return;
  auto text = r["date_maj"].get<std::string>();
  if (text.size() > 10 && ParseIsoDate(text.substr(0, 10))) {
    r["date_maj"] = text.substr(0, 10);
    Warn(w, "date_maj", "horodatage v0 ramené à sa date");
  }
}

}  // namespace

bool IsV0Record(const nlohmann::json& r) {
  for (const char* f : {"profils", "typologie", "types", "zone_diffusion_type",
                        "zone_diffusion_code"}) {
    if (r.contains(f)) return true;
  }
  return false;
}

std::optional<std::string> V1Thematique(const std::string& v0) {
  if (di::IsCodeOf(di::Thematiques(), v0)) return v0;
  return Lookup(Thematiques(), v0);
}

void MapV0Record(nlohmann::json& r, RecordKind kind, std::vector<RecordIssue>& warnings) {
  MapProfils(r, warnings);
  if (kind == RecordKind::kStructure) MapTypologie(r, warnings);
  MapTypes(r, warnings);
  MapThematiques(r, warnings);
  SingleOfList(r, "frais", warnings);
  MapZone(r, warnings);
  MapDateMaj(r, warnings);
}

}  // namespace pacte::app
