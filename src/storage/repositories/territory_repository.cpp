#include "storage/repositories/territory_repository.hpp"

#include <cctype>

#include "domain/common/text.hpp"
#include "storage/repositories/organisation_sql.hpp"

namespace pacte::storage {
namespace {

std::string JoinCodes(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& c : codes) out += (out.empty() ? "" : ",") + c;
  return out;
}

std::vector<std::string> SplitCodes(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    auto comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    if (comma > start) out.push_back(text.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

std::optional<double> OptDouble(const SqlRow& row, std::size_t i) {
  if (row.IsNull(i)) return std::nullopt;
  return row.Double(i);
}

SqlParam OptDoubleParam(const std::optional<double>& v) {
  if (!v) return nullptr;
  return *v;
}

constexpr const char* kTerritoryColumns =
    "t.id, t.departement_code, t.code, t.name, t.kind, t.version";

app::Territory TerritoryOf(const SqlRow& row) {
  return app::Territory{row.Int(0),
                        row.Text(1),
                        row.Text(2),
                        row.Text(3),
                        ParseTerritoryKind(row.Text(4)).value_or(TerritoryKind::kCustom),
                        row.Int(5)};
}

SqlParams CommuneParams(const app::Commune& c, Timestamp now) {
  return {c.insee_code,      c.departement_code,        c.name,
          SearchKey(c.name), JoinCodes(c.postal_codes), Opt(c.territory_id),
          Opt(c.population), OptDoubleParam(c.lat),     OptDoubleParam(c.lon),
          c.geometry,        FormatIsoTimestamp(now)};
}

}  // namespace

std::optional<app::Departement> SqlTerritoryRepository::FindDepartement(const std::string& code) {
  auto rows = conn_.Query("SELECT code, name FROM departements WHERE code = $1", {code}).rows;
  if (rows.empty()) return std::nullopt;
  return app::Departement{rows[0].Text(0), rows[0].Text(1)};
}

std::vector<app::Departement> SqlTerritoryRepository::ListDepartements() {
  std::vector<app::Departement> out;
  for (const auto& row : conn_.Query("SELECT code, name FROM departements ORDER BY code").rows) {
    out.push_back({row.Text(0), row.Text(1)});
  }
  return out;
}

void SqlTerritoryRepository::SaveDepartement(const app::Departement& d) {
  conn_.Execute(
      "INSERT INTO departements (code, name) VALUES ($1, $2) "
      "ON CONFLICT (code) DO UPDATE SET name = excluded.name",
      {d.code, d.name});
}

std::optional<app::Territory> SqlTerritoryRepository::FindTerritory(std::int64_t id) {
  auto rows =
      conn_
          .Query(std::string("SELECT ") + kTerritoryColumns + " FROM territories t WHERE t.id = $1",
                 {id})
          .rows;
  if (rows.empty()) return std::nullopt;
  return TerritoryOf(rows[0]);
}

std::optional<app::Territory> SqlTerritoryRepository::FindTerritoryByCode(
    const std::string& departement_code, const std::string& code) {
  auto rows = conn_
                  .Query(std::string("SELECT ") + kTerritoryColumns +
                             " FROM territories t WHERE t.departement_code = $1 AND t.code = $2",
                         {departement_code, code})
                  .rows;
  if (rows.empty()) return std::nullopt;
  return TerritoryOf(rows[0]);
}

std::int64_t SqlTerritoryRepository::InsertTerritory(const app::Territory& t, Timestamp now) {
  auto rows = conn_
                  .Query(
                      "INSERT INTO territories (departement_code, code, name, kind, created_at, "
                      "updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
                      {t.departement_code, t.code, t.name, std::string(TerritoryKindCode(t.kind)),
                       FormatIsoTimestamp(now)})
                  .rows;
  return rows.at(0).Int(0);
}

void SqlTerritoryRepository::UpdateTerritory(const app::Territory& t, Timestamp now) {
  conn_.Execute(
      "UPDATE territories SET name = $2, kind = $3, updated_at = $4, version = version + 1 "
      "WHERE id = $1",
      {t.id, t.name, std::string(TerritoryKindCode(t.kind)), FormatIsoTimestamp(now)});
}

std::vector<app::TerritorySummary> SqlTerritoryRepository::ListTerritories(
    const std::optional<std::string>& departement_code) {
  SqlConditions where;
  if (departement_code) where.Add("t.departement_code = ?", {*departement_code});
  std::string sql = std::string("SELECT ") + kTerritoryColumns +
                    ", (SELECT COUNT(*) FROM communes c WHERE c.territory_id = t.id), "
                    "(SELECT COUNT(*) FROM structures s JOIN communes c ON c.insee_code = "
                    "s.commune_code WHERE c.territory_id = t.id), "
                    "(SELECT SUM(c.population) FROM communes c WHERE c.territory_id = t.id) "
                    "FROM territories t" +
                    where.Where() + " ORDER BY t.name, t.id";
  std::vector<app::TerritorySummary> out;
  for (const auto& row : conn_.Query(sql, where.params()).rows) {
    out.push_back({TerritoryOf(row), row.Int(6), row.Int(7), row.OptInt(8)});
  }
  return out;
}

std::optional<app::Commune> SqlTerritoryRepository::FindCommune(const std::string& insee_code) {
  auto rows = conn_
                  .Query(
                      "SELECT insee_code, departement_code, name, postal_codes, territory_id, "
                      "population, lat, lon, geometry FROM communes WHERE insee_code = $1",
                      {insee_code})
                  .rows;
  if (rows.empty()) return std::nullopt;
  const auto& r = rows[0];
  return app::Commune{r.Text(0),   r.Text(1),   r.Text(2),       SplitCodes(r.Text(3)),
                      r.OptInt(4), r.OptInt(5), OptDouble(r, 6), OptDouble(r, 7),
                      r.Text(8)};
}

void SqlTerritoryRepository::InsertCommune(const app::Commune& c, Timestamp now) {
  conn_.Execute(
      "INSERT INTO communes (insee_code, departement_code, name, search_key, postal_codes, "
      "territory_id, population, lat, lon, geometry, created_at, updated_at) VALUES ($1, $2, "
      "$3, $4, $5, $6, $7, $8, $9, $10, $11, $11)",
      CommuneParams(c, now));
}

void SqlTerritoryRepository::UpdateCommune(const app::Commune& c, Timestamp now) {
  conn_.Execute(
      "UPDATE communes SET departement_code = $2, name = $3, search_key = $4, postal_codes = $5, "
      "territory_id = $6, population = $7, lat = $8, lon = $9, geometry = $10, updated_at = $11, "
      "version = version + 1 WHERE insee_code = $1",
      CommuneParams(c, now));
}

std::vector<app::CommuneListItem> SqlTerritoryRepository::ListCommunes(
    const app::CommuneFilter& filter) {
  SqlConditions where;
  if (filter.departement_code) where.Add("c.departement_code = ?", {*filter.departement_code});
  if (filter.territory_id) where.Add("c.territory_id = ?", {*filter.territory_id});
  std::string key = SearchKey(filter.query);
  if (!key.empty()) {
    std::string code = Trim(filter.query);
    for (auto& ch : code) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    where.Add("(c.search_key LIKE ? ESCAPE '\\' OR c.insee_code LIKE ? ESCAPE '\\')",
              {LikeContains(key), LikePrefix(code)});
  }
  std::string sql =
      "SELECT c.insee_code, c.departement_code, c.name, c.postal_codes, c.territory_id, "
      "COALESCE(t.name, ''), c.population, c.lat, c.lon, "
      "(SELECT COUNT(*) FROM structures s WHERE s.commune_code = c.insee_code) "
      "FROM communes c LEFT JOIN territories t ON t.id = c.territory_id" +
      where.Where() + " ORDER BY c.search_key, c.insee_code";
  std::vector<app::CommuneListItem> out;
  for (const auto& r : conn_.Query(sql, where.params()).rows) {
    out.push_back({r.Text(0), r.Text(1), r.Text(2), SplitCodes(r.Text(3)), r.OptInt(4), r.Text(5),
                   r.OptInt(6), OptDouble(r, 7), OptDouble(r, 8), r.Int(9)});
  }
  return out;
}

std::vector<app::CommuneChoice> SqlTerritoryRepository::ListCommuneChoices() {
  std::vector<app::CommuneChoice> out;
  for (const auto& r :
       conn_.Query("SELECT insee_code, name FROM communes ORDER BY search_key, insee_code").rows) {
    out.push_back({r.Text(0), r.Text(1)});
  }
  return out;
}

std::vector<app::Territory> SqlTerritoryRepository::ListTerritoryChoices() {
  std::vector<app::Territory> out;
  for (const auto& r : conn_
                           .Query(std::string("SELECT ") + kTerritoryColumns +
                                  " FROM territories t ORDER BY t.name, t.id")
                           .rows) {
    out.push_back(TerritoryOf(r));
  }
  return out;
}

std::vector<app::CommuneShape> SqlTerritoryRepository::ListCommuneShapes(
    const std::optional<std::string>& departement_code) {
  SqlConditions where;
  where.Add("c.geometry <> ''");
  if (departement_code) where.Add("c.departement_code = ?", {*departement_code});
  std::string sql =
      "SELECT c.insee_code, c.name, c.territory_id, COALESCE(t.code, ''), COALESCE(t.name, ''), "
      "c.geometry FROM communes c LEFT JOIN territories t ON t.id = c.territory_id" +
      where.Where() + " ORDER BY c.insee_code";
  std::vector<app::CommuneShape> out;
  for (const auto& r : conn_.Query(sql, where.params()).rows) {
    out.push_back({r.Text(0), r.Text(1), r.OptInt(2), r.Text(3), r.Text(4), r.Text(5)});
  }
  return out;
}

std::int64_t SqlTerritoryRepository::RecordImport(const app::TerritoryImportRecord& r) {
  auto rows = conn_
                  .Query(
                      "INSERT INTO territory_imports (departement_code, source_name, "
                      "territories_created, territories_updated, communes_created, "
                      "communes_updated, communes_unchanged, imported_at) VALUES ($1, $2, $3, "
                      "$4, $5, $6, $7, $8) RETURNING id",
                      {r.departement_code, r.source_name, r.territories_created,
                       r.territories_updated, r.communes_created, r.communes_updated,
                       r.communes_unchanged, FormatIsoTimestamp(r.imported_at)})
                  .rows;
  return rows.at(0).Int(0);
}

std::optional<app::TerritoryImportRecord> SqlTerritoryRepository::LastImport() {
  auto rows = conn_
                  .Query(
                      "SELECT id, departement_code, source_name, territories_created, "
                      "territories_updated, communes_created, communes_updated, "
                      "communes_unchanged, imported_at FROM territory_imports ORDER BY id DESC "
                      "LIMIT 1")
                  .rows;
  if (rows.empty()) return std::nullopt;
  const auto& r = rows[0];
  return app::TerritoryImportRecord{
      r.Int(0), r.Text(1), r.Text(2),
      r.Int(3), r.Int(4),  r.Int(5),
      r.Int(6), r.Int(7),  ParseIsoTimestamp(r.Text(8)).value_or(Timestamp{})};
}

}  // namespace pacte::storage
