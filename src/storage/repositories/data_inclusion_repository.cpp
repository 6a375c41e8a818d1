// Writes of SqlDataInclusionRepository: imported structures and services, the journal.

#include "storage/repositories/data_inclusion_repository.hpp"

#include <nlohmann/json.hpp>

#include "domain/common/text.hpp"
#include "storage/sql/bulk_insert.hpp"

namespace pacte::storage {
namespace {

std::string Joined(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& c : codes) out += (out.empty() ? "" : ",") + c;
  return out;
}

// The data·inclusion fields of an action, in the order of kActionColumns.
SqlParams ServiceParams(const app::DiService& s) {
  SqlParams p;
  p.reserve(26);
  p.emplace_back(s.name);
  p.emplace_back(s.description);
  p.emplace_back(SearchKey(s.name + " " + s.description));
  for (const auto* v : {&s.type, &s.frais, &s.frais_precisions, &s.publics_precisions,
                        &s.conditions_acces, &s.adresse, &s.complement_adresse, &s.commune_code,
                        &s.commune_name, &s.code_postal, &s.telephone, &s.courriel,
                        &s.contact_nom_prenom, &s.lien_source, &s.lien_mobilisation,
                        &s.mobilisation_precisions, &s.horaires_accueil}) {
    p.push_back(Opt(*v));
  }
  p.push_back(Opt(s.latitude));
  p.push_back(Opt(s.longitude));
  p.push_back(Opt(s.volume_horaire_hebdomadaire));
  p.push_back(Opt(s.nombre_semaines));
  p.emplace_back(s.date_maj);
  return p;  // 25 values
}

constexpr const char* kActionColumns =
    "name, description, search_text, service_type, frais, frais_precisions, "
    "publics_precisions, conditions_acces, adresse, complement_adresse, commune_code, "
    "commune_name, code_postal, telephone, courriel, contact_nom_prenom, lien_source, "
    "lien_mobilisation, mobilisation_precisions, horaires_accueil, latitude, longitude, "
    "weekly_hours, weeks, date_maj";

std::string Placeholders(int from, int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out += (i ? ", $" : "$") + std::to_string(from + i);
  return out;
}

void AddRows(std::vector<SqlParams>& rows, std::int64_t id, const char* list,
             const std::vector<std::string>& codes) {
  for (const auto& c : codes) {
    SqlParams row;
    row.emplace_back(id);
    row.emplace_back(std::string(list));
    row.emplace_back(c);
    rows.push_back(std::move(row));
  }
}

app::CatalogueImport ImportOf(const SqlRow& r, bool with_report) {
  app::CatalogueImport j;
  j.id = r.Int(0);
  j.file_name = r.Text(1);
  j.file_sha256 = r.Text(2);
  j.dry_run = r.Bool(3);
  j.applied = r.Bool(4);
  j.records = r.Int(5);
  j.structures_created = r.Int(6);
  j.structures_updated = r.Int(7);
  j.services_created = r.Int(8);
  j.services_updated = r.Int(9);
  j.unchanged = r.Int(10);
  j.rejected = r.Int(11);
  j.warnings = r.Int(12);
  j.imported_by = r.OptInt(13);
  j.imported_by_name = r.Text(14);
  j.imported_at = ParseIsoTimestamp(r.Text(15)).value_or(Timestamp{});
  if (with_report) {
    j.report = r.Text(16);
    auto parsed = nlohmann::json::parse(j.report, nullptr, false);
    if (parsed.is_object() && parsed.contains("broken") && parsed["broken"].is_string()) {
      j.broken = parsed["broken"].get<std::string>();
    }
  }
  return j;
}

constexpr const char* kImportSelect =
    "SELECT ci.id, ci.file_name, ci.file_sha256, ci.dry_run, ci.applied, ci.records, "
    "ci.structures_created, ci.structures_updated, ci.services_created, ci.services_updated, "
    "ci.unchanged, ci.rejected, ci.warnings, ci.imported_by, "
    "COALESCE(ag.first_name || ' ' || ag.last_name, ''), ci.imported_at";

}  // namespace

std::int64_t SqlDataInclusionRepository::InsertStructure(const app::DiStructure& s,
                                                         const app::NewStructureCodes& codes,
                                                         Timestamp now) {
  const std::string ts = FormatIsoTimestamp(now);
  std::optional<std::int64_t> institution;
  if (s.siret) {
    auto found = conn_.Query("SELECT id FROM institutions WHERE siret = $1", {*s.siret});
    if (!found.rows.empty()) institution = found.rows.at(0).Int(0);
  }
  if (!institution) {
    SqlParams p;
    p.emplace_back(s.name);
    p.emplace_back(SearchKey(s.name));
    p.emplace_back(codes.institution_kind);
    p.push_back(Opt(s.siret));
    p.emplace_back(ts);
    institution = conn_.Query("INSERT INTO institutions (name, search_key, kind, siret, "
                              "is_pact_signatory, created_at, updated_at) VALUES ($1, $2, $3, "
                              "$4, FALSE, $5, $5) RETURNING id",
                              p)
                      .rows.at(0)
                      .Int(0);
  }
  SqlParams p;
  p.emplace_back(*institution);
  p.emplace_back(s.name);
  p.emplace_back(SearchKey(s.name));
  p.push_back(Opt(s.adresse));
  p.emplace_back(s.commune_code);
  p.push_back(Opt(s.telephone));
  p.push_back(Opt(s.courriel));
  p.emplace_back(codes.drees_category);
  p.emplace_back(ts);
  auto id = conn_.Query("INSERT INTO structures (institution_id, name, search_key, address, "
                        "commune_code, phone, email, is_referent_body, is_action_operator, "
                        "drees_category, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, "
                        "$6, $7, FALSE, TRUE, $8, $9, $9) RETURNING id",
                        p)
                .rows.at(0)
                .Int(0);
  WriteStructureDetails(id, s, now);
  return id;
}

void SqlDataInclusionRepository::UpdateStructure(std::int64_t structure_id,
                                                 const app::DiStructure& s, Timestamp now) {
  SqlParams p;
  p.emplace_back(s.name);
  p.emplace_back(SearchKey(s.name));
  p.push_back(Opt(s.adresse));
  p.emplace_back(s.commune_code);
  p.push_back(Opt(s.telephone));
  p.push_back(Opt(s.courriel));
  p.emplace_back(FormatIsoTimestamp(now));
  p.emplace_back(structure_id);
  conn_.Execute("UPDATE structures SET name = $1, search_key = $2, address = $3, "
                "commune_code = $4, phone = $5, email = $6, is_action_operator = TRUE, "
                "updated_at = $7, version = version + 1 WHERE id = $8",
                p);
  WriteStructureDetails(structure_id, s, now);
}

void SqlDataInclusionRepository::WriteStructureDetails(std::int64_t structure_id,
                                                       const app::DiStructure& s, Timestamp now) {
  SqlParams p;
  p.emplace_back(structure_id);
  p.emplace_back(s.di_id);
  p.emplace_back(s.di_source);
  for (const auto* v : {&s.description, &s.siret, &s.site_web, &s.lien_source,
                        &s.horaires_accueil, &s.accessibilite_lieu}) {
    p.push_back(Opt(*v));
  }
  p.emplace_back(Joined(s.reseaux_porteurs));
  p.push_back(Opt(s.complement_adresse));
  p.push_back(Opt(s.code_postal));
  p.push_back(Opt(s.latitude));
  p.push_back(Opt(s.longitude));
  p.emplace_back(s.date_maj);
  p.emplace_back(FormatIsoTimestamp(now));
  conn_.Execute(
      "INSERT INTO structure_di_details (structure_id, di_id, di_source, description, siret, "
      "site_web, lien_source, horaires_accueil, accessibilite_lieu, reseaux_porteurs, "
      "complement_adresse, code_postal, latitude, longitude, date_maj, updated_at) VALUES ($1, "
      "$2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) "
      "ON CONFLICT (structure_id) DO UPDATE SET di_id = excluded.di_id, "
      "di_source = excluded.di_source, description = excluded.description, "
      "siret = excluded.siret, site_web = excluded.site_web, "
      "lien_source = excluded.lien_source, horaires_accueil = excluded.horaires_accueil, "
      "accessibilite_lieu = excluded.accessibilite_lieu, "
      "reseaux_porteurs = excluded.reseaux_porteurs, "
      "complement_adresse = excluded.complement_adresse, code_postal = excluded.code_postal, "
      "latitude = excluded.latitude, longitude = excluded.longitude, "
      "date_maj = excluded.date_maj, updated_at = excluded.updated_at",
      p);
}

std::int64_t SqlDataInclusionRepository::InsertService(std::int64_t structure_id,
                                                       const app::DiService& s,
                                                       const app::ImportedActionExtras& extras,
                                                       Timestamp now) {
  const std::string ts = FormatIsoTimestamp(now);
  SqlParams p = ServiceParams(s);  // $1..$25
  p.emplace_back(s.di_id);         // $26
  p.emplace_back(s.di_source);     // $27
  p.emplace_back(structure_id);    // $28
  p.push_back(Opt(extras.objective));  // $29
  p.emplace_back(ts);              // $30
  auto id = conn_.Query(std::string("INSERT INTO actions (") + kActionColumns +
                            ", di_id, di_source, structure_id, objective, status, published_at, "
                            "created_at, updated_at) VALUES (" + Placeholders(1, 29) +
                            ", 'publiee', $30, $30, $30) RETURNING id",
                        p)
                .rows.at(0)
                .Int(0);
  WriteServiceCodes(id, s, extras, false);
  return id;
}

void SqlDataInclusionRepository::UpdateService(std::int64_t action_id, std::int64_t structure_id,
                                               const app::DiService& s,
                                               const app::ImportedActionExtras& extras,
                                               Timestamp now) {
  SqlParams p = ServiceParams(s);
  p.emplace_back(structure_id);        // $26
  p.push_back(Opt(extras.objective));  // $27
  p.emplace_back(FormatIsoTimestamp(now));  // $28
  p.emplace_back(action_id);           // $29
  std::string set;
  std::string columns = kActionColumns;
  int n = 1;
  for (std::size_t pos = 0; pos < columns.size();) {
    auto comma = columns.find(',', pos);
    if (comma == std::string::npos) comma = columns.size();
    auto name = columns.substr(pos, comma - pos);
    name.erase(0, name.find_first_not_of(' '));
    set += (set.empty() ? "" : ", ") + name + " = $" + std::to_string(n++);
    pos = comma + 1;
  }
  conn_.Execute("UPDATE actions SET " + set +
                    ", structure_id = $26, objective = COALESCE(objective, $27), "
                    "updated_at = $28, version = version + 1 WHERE id = $29",
                p);
  WriteServiceCodes(action_id, s, extras, true);
}

void SqlDataInclusionRepository::WriteServiceCodes(std::int64_t id, const app::DiService& s,
                                                   const app::ImportedActionExtras& extras,
                                                   bool keep_barriers) {
  if (keep_barriers) {
    conn_.Execute("DELETE FROM action_codes WHERE action_id = $1 AND list NOT IN ('barrier', "
                  "'funder')",
                  {id});
    keep_barriers = conn_.Query("SELECT COUNT(*) FROM action_codes WHERE action_id = $1 AND "
                                "list = 'barrier'",
                                {id})
                        .rows.at(0)
                        .Int(0) > 0;
  }
  std::vector<SqlParams> rows;
  AddRows(rows, id, "thematique", s.thematiques);
  AddRows(rows, id, "public", s.publics);
  AddRows(rows, id, "mode_accueil", s.modes_accueil);
  AddRows(rows, id, "mode_mobilisation", s.modes_mobilisation);
  AddRows(rows, id, "mobilisable_par", s.mobilisable_par);
  AddRows(rows, id, "zone_commune", s.zone_communes);
  AddRows(rows, id, "zone_departement", s.zone_departements);
  AddRows(rows, id, "zone_epci", s.zone_epcis);
  if (s.zone_france) AddRows(rows, id, "zone_france", {"france"});
  if (!keep_barriers) AddRows(rows, id, "barrier", extras.barriers);
  if (!rows.empty()) BulkInsert(conn_, "action_codes", {"action_id", "list", "code"}, rows);
}

std::int64_t SqlDataInclusionRepository::InsertImport(const app::CatalogueImport& j) {
  SqlParams p;
  p.emplace_back(j.file_name);
  p.emplace_back(j.file_sha256);
  p.emplace_back(j.dry_run);
  p.emplace_back(j.applied);
  for (auto v : {j.records, j.structures_created, j.structures_updated, j.services_created,
                 j.services_updated, j.unchanged, j.rejected, j.warnings}) {
    p.emplace_back(v);
  }
  p.emplace_back(j.report);
  p.push_back(Opt(j.imported_by));
  p.emplace_back(FormatIsoTimestamp(j.imported_at));
  return conn_
      .Query("INSERT INTO catalogue_imports (file_name, file_sha256, dry_run, applied, records, "
             "structures_created, structures_updated, services_created, services_updated, "
             "unchanged, rejected, warnings, report, imported_by, imported_at) VALUES (" +
                 Placeholders(1, 13) +
                 ", (SELECT id FROM agents WHERE id = $14), $15) RETURNING id",
             p)
      .rows.at(0)
      .Int(0);
}

std::optional<app::CatalogueImport> SqlDataInclusionRepository::FindImport(std::int64_t id) {
  auto rows = conn_.Query(std::string(kImportSelect) +
                              ", ci.report FROM catalogue_imports ci "
                              "LEFT JOIN agents ag ON ag.id = ci.imported_by WHERE ci.id = $1",
                          {id});
  if (rows.rows.empty()) return std::nullopt;
  return ImportOf(rows.rows.at(0), true);
}

app::PageOf<app::CatalogueImport> SqlDataInclusionRepository::ListImports(
    const app::PageRequest& page) {
  app::PageOf<app::CatalogueImport> out;
  out.number = page.number;
  out.size = page.size;
  out.total = conn_.Query("SELECT COUNT(*) FROM catalogue_imports").rows.at(0).Int(0);
  auto rows = conn_.Query(std::string(kImportSelect) +
                              " FROM catalogue_imports ci LEFT JOIN agents ag ON "
                              "ag.id = ci.imported_by ORDER BY ci.id DESC LIMIT $1 OFFSET $2",
                          {static_cast<std::int64_t>(page.size), page.Offset()});
  for (const auto& r : rows.rows) out.items.push_back(ImportOf(r, false));
  return out;
}

}  // namespace pacte::storage
