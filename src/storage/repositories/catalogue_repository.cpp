#include "storage/repositories/catalogue_repository.hpp"

#include <algorithm>
#include <random>

#include "domain/common/text.hpp"
#include "storage/sql/versioned_update.hpp"

namespace pacte::storage {
namespace {

SqlParam Txt(const std::string& s) {
  if (s.empty()) return nullptr;
  return s;
}

SqlParam Dbl(const std::optional<double>& v) {
  if (!v) return nullptr;
  return *v;
}

std::optional<Timestamp> OptTimestamp(const SqlRow& r, std::size_t i) {
  if (r.IsNull(i)) return std::nullopt;
  return ParseIsoTimestamp(r.Text(i));
}

std::optional<double> OptDouble(const SqlRow& r, std::size_t i) {
  if (r.IsNull(i)) return std::nullopt;
  return r.Double(i);
}

// $1 … $36 of InsertAction and UpdateAction, in the order of kFieldColumns.
SqlParams FieldParams(const app::ActionWrite& a, Timestamp now) {
  const auto& f = a.fields;
  return {a.structure_id,
          Opt(a.programme_id),
          Opt(f.programme_year),
          std::string(ActionStatusCode(a.status)),
          f.name,
          f.description,
          SearchKey(f.name + " " + f.description),
          Txt(f.objective),
          Opt(f.action_type),
          Txt(f.service_type),
          Txt(f.frais),
          Txt(f.frais_precisions),
          Txt(f.publics_precisions),
          Txt(f.conditions_acces),
          Txt(f.adresse),
          Txt(f.complement_adresse),
          Txt(f.commune_code),
          Txt(a.commune_name),
          Txt(f.code_postal),
          Dbl(f.latitude),
          Dbl(f.longitude),
          Txt(f.telephone),
          Txt(f.courriel),
          Txt(f.contact_nom_prenom),
          Txt(f.lien_source),
          Txt(f.lien_mobilisation),
          Txt(f.mobilisation_precisions),
          Txt(f.horaires_accueil),
          Dbl(f.weekly_hours),
          Opt(f.weeks),
          Opt(f.capacity),
          Opt(f.funding_amount_cents),
          Txt(f.convention_number),
          f.esf_cofunded,
          FormatIsoDate(a.date_maj),
          FormatIsoTimestamp(now)};
}

constexpr const char* kFieldColumns =
    "structure_id, programme_id, programme_year, status, name, description, search_text, "
    "objective, action_type, service_type, frais, frais_precisions, publics_precisions, "
    "conditions_acces, adresse, complement_adresse, commune_code, commune_name, code_postal, "
    "latitude, longitude, telephone, courriel, contact_nom_prenom, lien_source, "
    "lien_mobilisation, mobilisation_precisions, horaires_accueil, weekly_hours, weeks, "
    "capacity, funding_amount_cents, convention_number, esf_cofunded, date_maj";

constexpr const char* kSelect =
    "SELECT a.structure_id, a.programme_id, a.programme_year, a.status, a.name, a.description, "
    "a.objective, a.action_type, a.service_type, a.frais, a.frais_precisions, "
    "a.publics_precisions, a.conditions_acces, a.adresse, a.complement_adresse, "
    "a.commune_code, a.commune_name, a.code_postal, a.latitude, a.longitude, a.telephone, "
    "a.courriel, a.contact_nom_prenom, a.lien_source, a.lien_mobilisation, "
    "a.mobilisation_precisions, a.horaires_accueil, a.weekly_hours, a.weeks, a.capacity, "
    "a.funding_amount_cents, a.convention_number, a.esf_cofunded, a.date_maj, "
    "a.id, a.di_id, a.di_source, s.name, a.published_at, a.archived_at, a.version, "
    "a.created_at, a.updated_at FROM actions a JOIN structures s ON s.id = a.structure_id ";

void ReadTexts(const SqlRow& r, ActionFields& f) {
  f.name = r.Text(4);
  f.description = r.Text(5);
  f.objective = r.Text(6);
  f.service_type = r.Text(8);
  f.frais = r.Text(9);
  f.frais_precisions = r.Text(10);
  f.publics_precisions = r.Text(11);
  f.conditions_acces = r.Text(12);
  f.adresse = r.Text(13);
  f.complement_adresse = r.Text(14);
  f.commune_code = r.Text(15);
  f.code_postal = r.Text(17);
  f.telephone = r.Text(20);
  f.courriel = r.Text(21);
  f.contact_nom_prenom = r.Text(22);
  f.lien_source = r.Text(23);
  f.lien_mobilisation = r.Text(24);
  f.mobilisation_precisions = r.Text(25);
  f.horaires_accueil = r.Text(26);
  f.convention_number = r.Text(31);
}

app::StoredAction ActionOf(const SqlRow& r) {
  app::StoredAction a;
  auto& w = a.data;
  auto& f = w.fields;
  w.structure_id = r.Int(0);
  w.programme_id = r.OptInt(1);
  f.programme_year = r.OptInt(2);
  w.status = ParseActionStatus(r.Text(3)).value_or(ActionStatus::kBrouillon);
  ReadTexts(r, f);
  f.action_type = r.OptInt(7);
  w.commune_name = r.Text(16);
  f.latitude = OptDouble(r, 18);
  f.longitude = OptDouble(r, 19);
  f.weekly_hours = OptDouble(r, 27);
  f.weeks = r.OptInt(28);
  f.capacity = r.OptInt(29);
  f.funding_amount_cents = r.OptInt(30);
  f.esf_cofunded = r.Bool(32);
  w.date_maj = ParseIsoDate(r.Text(33)).value_or(Date{});
  a.id = r.Int(34);
  a.di_id = r.Text(35);
  a.di_source = r.Text(36);
  a.structure_name = r.Text(37);
  a.published_at = OptTimestamp(r, 38);
  a.archived_at = OptTimestamp(r, 39);
  a.version = r.Int(40);
  a.created_at = ParseIsoTimestamp(r.Text(41)).value_or(Timestamp{});
  a.updated_at = ParseIsoTimestamp(r.Text(42)).value_or(Timestamp{});
  return a;
}

std::string PendingDiId(const std::string& source) {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  return source + "--en-creation-" + std::to_string(rng());
}

std::vector<std::pair<std::string, std::string>> CodeRows(const ActionFields& f) {
  std::vector<std::pair<std::string, std::string>> rows;
  auto add = [&](const char* list, const std::vector<std::string>& codes) {
    for (const auto& c : codes) rows.emplace_back(list, c);
  };
  add("thematique", f.thematiques);
  add("public", f.publics);
  add("mode_accueil", f.modes_accueil);
  add("mode_mobilisation", f.modes_mobilisation);
  add("mobilisable_par", f.mobilisable_par);
  add("barrier", f.barriers);
  for (auto id : f.funders) rows.emplace_back("funder", std::to_string(id));
  for (const auto& z : f.zone_eligibilite) rows.emplace_back(std::string(ZoneListOf(z)), z);
  for (auto id : f.zone_territories) rows.emplace_back("zone_territory", std::to_string(id));
  return rows;
}

void AddCode(ActionFields& f, const std::string& list, const std::string& code) {
  if (list == "thematique") f.thematiques.push_back(code);
  else if (list == "public") f.publics.push_back(code);
  else if (list == "mode_accueil") f.modes_accueil.push_back(code);
  else if (list == "mode_mobilisation") f.modes_mobilisation.push_back(code);
  else if (list == "mobilisable_par") f.mobilisable_par.push_back(code);
  else if (list == "barrier") f.barriers.push_back(code);
  else if (list == "funder") f.funders.push_back(std::stoll(code));
  else if (list == "zone_territory") f.zone_territories.push_back(std::stoll(code));
  else f.zone_eligibilite.push_back(code);
}

}  // namespace

std::int64_t SqlCatalogueRepository::InsertAction(const std::string& di_source,
                                                  const app::ActionWrite& a, Timestamp now) {
  SqlParams p = FieldParams(a, now);
  p.push_back(PendingDiId(di_source));
  p.push_back(di_source);
  const bool published = a.status == ActionStatus::kPubliee;
  p.push_back(published ? SqlParam(FormatIsoTimestamp(now)) : SqlParam(nullptr));
  auto id = conn_
                .Query(std::string("INSERT INTO actions (") + kFieldColumns +
                           ", created_at, updated_at, di_id, di_source, published_at) VALUES "
                           "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, "
                           "$16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, "
                           "$29, $30, $31, $32, $33, $34, $35, $36, $36, $37, $38, $39) "
                           "RETURNING id",
                       p)
                .rows.at(0)
                .Int(0);
  conn_.Execute("UPDATE actions SET di_id = $1 WHERE id = $2",
                {di_source + "--" + std::to_string(id), id});
  WriteCodes(id, a.fields);
  return id;
}

void SqlCatalogueRepository::WriteCodes(std::int64_t action_id, const ActionFields& f) {
  conn_.Execute("DELETE FROM action_codes WHERE action_id = $1", {action_id});
  for (const auto& [list, code] : CodeRows(f)) {
    conn_.Execute("INSERT INTO action_codes (action_id, list, code) VALUES ($1, $2, $3) "
                  "ON CONFLICT DO NOTHING",
                  {action_id, list, code});
  }
}

void SqlCatalogueRepository::LoadCodes(app::StoredAction& a) {
  auto res = conn_.Query(
      "SELECT list, code FROM action_codes WHERE action_id = $1 ORDER BY list, code", {a.id});
  for (const auto& row : res.rows) AddCode(a.data.fields, row.Text(0), row.Text(1));
}

std::optional<app::StoredAction> SqlCatalogueRepository::FindAction(std::int64_t id) {
  auto res = conn_.Query(std::string(kSelect) + "WHERE a.id = $1", {id});
  if (res.rows.empty()) return std::nullopt;
  auto a = ActionOf(res.rows.front());
  LoadCodes(a);
  return a;
}

Status SqlCatalogueRepository::UpdateAction(std::int64_t id, std::int64_t expected_version,
                                            const app::ActionWrite& a, Timestamp now) {
  SqlParams p = FieldParams(a, now);
  p.push_back(id);
  p.push_back(expected_version);
  auto saved = VersionedUpdate(
      conn_,
      "UPDATE actions SET published_at = CASE WHEN $4 = 'publiee' AND status <> 'publiee' "
      "THEN $36 ELSE published_at END, archived_at = CASE WHEN $4 = 'archivee' AND "
      "status <> 'archivee' THEN $36 ELSE archived_at END, structure_id = $1, "
      "programme_id = $2, programme_year = $3, status = $4, name = $5, description = $6, "
      "search_text = $7, objective = $8, action_type = $9, service_type = $10, frais = $11, "
      "frais_precisions = $12, publics_precisions = $13, conditions_acces = $14, "
      "adresse = $15, complement_adresse = $16, commune_code = $17, commune_name = $18, "
      "code_postal = $19, latitude = $20, longitude = $21, telephone = $22, courriel = $23, "
      "contact_nom_prenom = $24, lien_source = $25, lien_mobilisation = $26, "
      "mobilisation_precisions = $27, horaires_accueil = $28, weekly_hours = $29, "
      "weeks = $30, capacity = $31, funding_amount_cents = $32, convention_number = $33, "
      "esf_cofunded = $34, date_maj = $35, updated_at = $36, version = version + 1 "
      "WHERE id = $37 AND version = $38",
      p, "actions", id,
      {Error::NotFound("action.not_found", "Cette action n'existe pas."), std::nullopt});
  if (!saved) return saved;
  WriteCodes(id, a.fields);
  return {};
}

app::PageOf<app::ActionListItem> SqlCatalogueRepository::ListActions(
    const app::ActionListFilter& filter, const app::PageRequest& request) {
  const auto page = request.Clamped();
  SqlParams p{FormatIsoDate(filter.today)};
  std::string where = "WHERE 1 = 1";
  if (filter.structure_id) {
    p.push_back(*filter.structure_id);
    where += " AND a.structure_id = $" + std::to_string(p.size());
  }
  if (filter.status) {
    p.push_back(std::string(ActionStatusCode(*filter.status)));
    where += " AND a.status = $" + std::to_string(p.size());
  }
  // $1 is always bound: keep it used by the count too.
  const std::string from = " FROM actions a JOIN structures s ON s.id = a.structure_id " + where;
  SqlParams count_params = p;
  auto total = conn_.Query("SELECT COUNT(*)" + from + " AND $1 <> ''", count_params)
                   .rows.at(0)
                   .Int(0);
  p.push_back(static_cast<std::int64_t>(page.size));
  p.push_back(page.Offset());
  const std::string n = std::to_string(p.size());
  const std::string live = "x.action_id = a.id AND NOT x.cancelled AND x.ends_on >= $1";
  auto res = conn_.Query(
      "SELECT a.id, a.name, a.status, a.objective, a.structure_id, s.name, a.commune_name, "
      "a.date_maj, a.capacity, a.version, (SELECT COUNT(*) FROM action_sessions x WHERE " +
          live + "), (SELECT SUM(x.places) FROM action_sessions x WHERE " + live +
          "), (SELECT COUNT(*) FROM prescriptions p LEFT JOIN action_sessions x ON "
          "x.id = p.session_id WHERE p.action_id = a.id AND p.status IN ('acceptee', "
          "'entree') AND (p.session_id IS NULL OR (NOT x.cancelled AND x.ends_on >= $1)))" +
          from + " ORDER BY a.name, a.id LIMIT $" + std::to_string(p.size() - 1) +
          " OFFSET $" + n,
      p);
  app::PageOf<app::ActionListItem> out;
  out.total = total;
  out.number = page.number;
  out.size = page.size;
  for (const auto& r : res.rows) {
    app::ActionListItem i;
    i.id = r.Int(0);
    i.name = r.Text(1);
    i.status = ParseActionStatus(r.Text(2)).value_or(ActionStatus::kBrouillon);
    i.objective = r.Text(3);
    i.structure_id = r.Int(4);
    i.structure_name = r.Text(5);
    i.commune_name = r.Text(6);
    i.date_maj = ParseIsoDate(r.Text(7)).value_or(Date{});
    i.version = r.Int(9);
    i.sessions = r.Int(10);
    i.places = i.sessions > 0 ? r.OptInt(11) : r.OptInt(8);
    i.taken = r.Int(12);
    out.items.push_back(std::move(i));
  }
  return out;
}

}  // namespace pacte::storage
