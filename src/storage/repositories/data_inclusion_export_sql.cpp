// Reads of SqlDataInclusionRepository: the export lists, the stored records an import
// compares with, and the geography of the checks.

#include <algorithm>
#include <map>

#include "storage/repositories/data_inclusion_repository.hpp"

namespace pacte::storage {

namespace di_sql {

const char* const kServiceColumns =
    "a.id, a.structure_id, a.di_id, a.di_source, a.name, a.description, a.date_maj, "
    "a.service_type, a.frais, a.frais_precisions, a.publics_precisions, a.conditions_acces, "
    "a.adresse, a.complement_adresse, a.commune_code, a.commune_name, a.code_postal, "
    "a.telephone, a.courriel, a.contact_nom_prenom, a.lien_source, a.lien_mobilisation, "
    "a.mobilisation_precisions, a.horaires_accueil, a.latitude, a.longitude, a.weekly_hours, "
    "a.weeks";

namespace {
std::optional<double> OptDouble(const SqlRow& r, std::size_t i) {
  if (r.IsNull(i)) return std::nullopt;
  return r.Double(i);
}
}  // namespace

app::DiService ServiceOf(const SqlRow& r) {
  app::DiService s;
  s.di_id = r.Text(2);
  s.di_source = r.Text(3);
  s.name = r.Text(4);
  s.description = r.Text(5);
  s.date_maj = r.Text(6);
  std::size_t i = 7;
  for (auto member : {&app::DiService::type, &app::DiService::frais,
                      &app::DiService::frais_precisions, &app::DiService::publics_precisions,
                      &app::DiService::conditions_acces, &app::DiService::adresse,
                      &app::DiService::complement_adresse, &app::DiService::commune_code,
                      &app::DiService::commune_name, &app::DiService::code_postal,
                      &app::DiService::telephone, &app::DiService::courriel,
                      &app::DiService::contact_nom_prenom, &app::DiService::lien_source,
                      &app::DiService::lien_mobilisation,
                      &app::DiService::mobilisation_precisions,
                      &app::DiService::horaires_accueil}) {
    s.*member = r.OptText(i++);
  }
  s.latitude = OptDouble(r, i++);
  s.longitude = OptDouble(r, i++);
  s.volume_horaire_hebdomadaire = OptDouble(r, i++);
  s.nombre_semaines = r.OptInt(i);
  return s;
}

void AddCode(app::DiService& s, const std::string& list, const std::string& code) {
  static const std::map<std::string, std::vector<std::string> app::DiService::*> kLists{
      {"thematique", &app::DiService::thematiques},
      {"public", &app::DiService::publics},
      {"mode_accueil", &app::DiService::modes_accueil},
      {"mode_mobilisation", &app::DiService::modes_mobilisation},
      {"mobilisable_par", &app::DiService::mobilisable_par},
      {"zone_commune", &app::DiService::zone_communes},
      {"zone_departement", &app::DiService::zone_departements},
      {"zone_epci", &app::DiService::zone_epcis}};
  if (list == "zone_france") {
    s.zone_france = true;
  } else if (auto it = kLists.find(list); it != kLists.end()) {
    (s.*(it->second)).push_back(code);
  }
}

void SortCodes(app::DiService& s) {
  for (auto* v : {&s.thematiques, &s.publics, &s.modes_accueil, &s.modes_mobilisation,
                  &s.mobilisable_par, &s.zone_communes, &s.zone_departements, &s.zone_epcis}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
}

}  // namespace di_sql

namespace {

constexpr const char* kStructureSelect =
    "SELECT s.id, COALESCE(d.di_id, CAST($1 AS TEXT) || '--' || CAST(s.id AS TEXT)), "
    "COALESCE(d.di_source, CAST($1 AS TEXT)), s.name, d.description, COALESCE(d.siret, i.siret), "
    "d.site_web, d.lien_source, d.horaires_accueil, d.accessibilite_lieu, s.address, "
    "d.complement_adresse, d.code_postal, s.phone, s.email, s.commune_code, c.name, d.latitude, "
    "d.longitude, COALESCE(d.reseaux_porteurs, ''), COALESCE(d.date_maj, SUBSTR(s.updated_at, 1, 10)) "
    "FROM structures s JOIN institutions i ON i.id = s.institution_id "
    "JOIN communes c ON c.insee_code = s.commune_code "
    "LEFT JOIN structure_di_details d ON d.structure_id = s.id ";

std::vector<std::string> SplitCodes(const std::string& text) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    auto comma = text.find(',', pos);
    if (comma == std::string::npos) comma = text.size();
    if (comma > pos) out.push_back(text.substr(pos, comma - pos));
    pos = comma + 1;
  }
  std::sort(out.begin(), out.end());
  return out;
}

app::StoredDiStructure StructureOf(const SqlRow& r) {
  app::StoredDiStructure out;
  out.structure_id = r.Int(0);
  auto& s = out.fields;
  s.di_id = r.Text(1);
  s.di_source = r.Text(2);
  s.name = r.Text(3);
  std::size_t i = 4;
  for (auto member : {&app::DiStructure::description, &app::DiStructure::siret,
                      &app::DiStructure::site_web, &app::DiStructure::lien_source,
                      &app::DiStructure::horaires_accueil, &app::DiStructure::accessibilite_lieu,
                      &app::DiStructure::adresse, &app::DiStructure::complement_adresse,
                      &app::DiStructure::code_postal, &app::DiStructure::telephone,
                      &app::DiStructure::courriel}) {
    s.*member = r.OptText(i++);
  }
  s.commune_code = r.Text(15);
  s.commune_name = r.Text(16);
  if (!r.IsNull(17)) s.latitude = r.Double(17);
  if (!r.IsNull(18)) s.longitude = r.Double(18);
  s.reseaux_porteurs = SplitCodes(r.Text(19));
  s.date_maj = r.Text(20);
  return out;
}

}  // namespace

app::PageOf<app::DiStructure> SqlDataInclusionRepository::ListStructures(
    const std::string& default_source, std::int64_t limit, std::int64_t offset) {
  app::PageOf<app::DiStructure> page;
  const std::string exported =
      "(s.is_action_operator = TRUE OR EXISTS (SELECT 1 FROM actions a WHERE "
      "a.structure_id = s.id AND a.status = 'publiee'))";
  page.total =
      conn_.Query("SELECT COUNT(*) FROM structures s WHERE " + exported).rows.at(0).Int(0);
  auto rows = conn_.Query(std::string(kStructureSelect) + "WHERE " + exported +
                              " ORDER BY s.id LIMIT $2 OFFSET $3",
                          {default_source, limit, offset});
  for (const auto& r : rows.rows) page.items.push_back(StructureOf(r).fields);
  return page;
}

app::PageOf<app::DiService> SqlDataInclusionRepository::ListServices(
    const std::string& default_source, std::int64_t limit, std::int64_t offset) {
  app::PageOf<app::DiService> page;
  page.total =
      conn_.Query("SELECT COUNT(*) FROM actions WHERE status = 'publiee'").rows.at(0).Int(0);
  const std::string ids =
      "SELECT id FROM actions WHERE status = 'publiee' ORDER BY id LIMIT $1 OFFSET $2";
  auto rows = conn_.Query(
      std::string("SELECT ") + di_sql::kServiceColumns +
          ", COALESCE(d.di_id, CAST($3 AS TEXT) || '--' || CAST(a.structure_id AS TEXT)) "
          "FROM actions a LEFT JOIN structure_di_details d ON d.structure_id = a.structure_id "
          "WHERE a.status = 'publiee' ORDER BY a.id LIMIT $1 OFFSET $2",
      {limit, offset, default_source});
  std::map<std::int64_t, std::size_t> index;
  for (const auto& r : rows.rows) {
    auto s = di_sql::ServiceOf(r);
    s.structure_di_id = r.Text(28);
    index[r.Int(0)] = page.items.size();
    page.items.push_back(std::move(s));
  }
  if (page.items.empty()) return page;
  for (const auto& r : conn_.Query("SELECT action_id, list, code FROM action_codes WHERE "
                                   "action_id IN (" + ids + ")",
                                   {limit, offset})
                           .rows) {
    di_sql::AddCode(page.items[index.at(r.Int(0))], r.Text(1), r.Text(2));
  }
  for (const auto& r :
       conn_.Query("SELECT ac.action_id, c.insee_code FROM action_codes ac JOIN communes c ON "
                   "CAST(c.territory_id AS TEXT) = ac.code WHERE ac.list = 'zone_territory' AND "
                   "ac.action_id IN (" + ids + ")",
                   {limit, offset})
           .rows) {
    page.items[index.at(r.Int(0))].zone_communes.push_back(r.Text(1));
  }
  std::vector<std::string> departements;
  for (const auto& r : conn_.Query("SELECT code FROM departements ORDER BY code").rows) {
    departements.push_back(r.Text(0));
  }
  for (auto& s : page.items) {
    bool no_zone = s.zone_communes.empty() && s.zone_departements.empty() &&
                   s.zone_epcis.empty() && !s.zone_france;
    if (no_zone) s.zone_departements = departements;
    di_sql::SortCodes(s);
  }
  return page;
}

app::Geography SqlDataInclusionRepository::LoadGeography() {
  app::Geography geo;
  for (const auto& r : conn_.Query("SELECT code FROM departements").rows) {
    geo.departements.insert(r.Text(0));
  }
  for (const auto& r :
       conn_.Query("SELECT insee_code, name, departement_code, postal_codes FROM communes").rows) {
    geo.communes[r.Text(0)] = {r.Text(1), r.Text(2)};
    std::string postal;
    for (char c : r.Text(3) + " ") {
      if (c >= '0' && c <= '9') {
        postal += c;
      } else if (!postal.empty()) {
        if (postal.size() == 5) geo.commune_of_postal.emplace(postal, r.Text(0));
        postal.clear();
      }
    }
  }
  return geo;
}

std::optional<app::StoredDiStructure> SqlDataInclusionRepository::FindStructure(
    const std::string& di_id, const std::string& default_source) {
  auto rows = conn_.Query(std::string(kStructureSelect) + "WHERE d.di_id = $2",
                          {default_source, di_id});
  if (!rows.rows.empty()) return StructureOf(rows.rows.at(0));
  const std::string prefix = default_source + "--";
  if (di_id.rfind(prefix, 0) != 0) return std::nullopt;
  auto local = di_id.substr(prefix.size());
  if (local.empty() || local.size() > 15 ||
      !std::all_of(local.begin(), local.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  rows = conn_.Query(std::string(kStructureSelect) + "WHERE s.id = $2 AND d.structure_id IS NULL",
                     {default_source, static_cast<std::int64_t>(std::stoll(local))});
  if (rows.rows.empty()) return std::nullopt;
  return StructureOf(rows.rows.at(0));
}

std::optional<app::StoredDiService> SqlDataInclusionRepository::FindService(
    const std::string& di_id) {
  auto rows = conn_.Query(
      std::string("SELECT ") + di_sql::kServiceColumns + " FROM actions a WHERE a.di_id = $1",
      {di_id});
  if (rows.rows.empty()) return std::nullopt;
  app::StoredDiService out;
  out.action_id = rows.rows.at(0).Int(0);
  out.structure_id = rows.rows.at(0).Int(1);
  out.fields = di_sql::ServiceOf(rows.rows.at(0));
  for (const auto& r :
       conn_.Query("SELECT list, code FROM action_codes WHERE action_id = $1", {out.action_id})
           .rows) {
    di_sql::AddCode(out.fields, r.Text(0), r.Text(1));
  }
  di_sql::SortCodes(out.fields);
  return out;
}

}  // namespace pacte::storage
