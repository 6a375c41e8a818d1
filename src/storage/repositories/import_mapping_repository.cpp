#include "storage/repositories/import_mapping_repository.hpp"

namespace pacte::storage {
namespace {

Error NameTaken() {
  return Error::Conflict("import_mapping.name_taken",
                         "Une correspondance de colonnes porte déjà ce nom.", "name");
}

nlohmann::json ObjectOr(const std::string& text) {
  auto j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  return j.is_object() ? j : nlohmann::json::object();
}

}  // namespace

Result<std::int64_t> SqlImportMappingRepository::Insert(const app::ImportMapping& m,
                                                        std::optional<std::int64_t> by,
                                                        Timestamp now) {
  const auto ts = FormatIsoTimestamp(now);
  try {
    return conn_
        .Query(
            "INSERT INTO import_mappings (name, source, columns, options, created_by, "
            "created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
            {m.name, m.source, m.columns.dump(), m.options.dump(), Opt(by), ts})
        .rows.at(0)
        .Int(0);
  } catch (const SqlError& e) {
    if (e.IsUniqueViolation()) return Fail(NameTaken());
    throw;
  }
}

Status SqlImportMappingRepository::Update(std::int64_t id, std::int64_t expected_version,
                                          const app::ImportMapping& m, Timestamp now) {
  std::int64_t changed = 0;
  try {
    changed = conn_.Execute(
        "UPDATE import_mappings SET name = $3, source = $4, columns = $5, options = $6, "
        "updated_at = $7, version = version + 1 WHERE id = $1 AND version = $2",
        {id, expected_version, m.name, m.source, m.columns.dump(), m.options.dump(),
         FormatIsoTimestamp(now)});
  } catch (const SqlError& e) {
    if (e.IsUniqueViolation()) return Fail(NameTaken());
    throw;
  }
  if (changed == 1) return {};
  if (!Find(id)) {
    return Fail(Error::NotFound("import_mapping.not_found",
                                "Cette correspondance de colonnes n'existe pas."));
  }
  return Fail(Error::Stale());
}

Status SqlImportMappingRepository::Delete(std::int64_t id) {
  if (conn_.Execute("DELETE FROM import_mappings WHERE id = $1", {id}) == 1) return {};
  return Fail(Error::NotFound("import_mapping.not_found",
                              "Cette correspondance de colonnes n'existe pas."));
}

bool SqlImportMappingRepository::UsedByAnImport(std::int64_t id) {
  return !conn_.Query("SELECT id FROM imports WHERE mapping_id = $1 LIMIT 1", {id}).rows.empty();
}

std::vector<app::StoredImportMapping> SqlImportMappingRepository::Where(
    const std::string& condition, const SqlParams& params) {
  std::vector<app::StoredImportMapping> out;
  for (const auto& r :
       conn_
           .Query("SELECT id, name, source, columns, options, created_by, version, created_at, "
                  "updated_at FROM import_mappings" +
                      condition + " ORDER BY name, id",
                  params)
           .rows) {
    app::StoredImportMapping s;
    s.id = r.Int(0);
    s.mapping.name = r.Text(1);
    s.mapping.source = r.Text(2);
    s.mapping.columns = ObjectOr(r.Text(3));
    s.mapping.options = ObjectOr(r.Text(4));
    s.created_by = r.OptInt(5);
    s.version = r.Int(6);
    s.created_at = ParseIsoTimestamp(r.Text(7)).value_or(Timestamp{});
    s.updated_at = ParseIsoTimestamp(r.Text(8)).value_or(Timestamp{});
    out.push_back(std::move(s));
  }
  return out;
}

std::optional<app::StoredImportMapping> SqlImportMappingRepository::Find(std::int64_t id) {
  auto found = Where(" WHERE id = $1", {id});
  if (found.empty()) return std::nullopt;
  return std::move(found[0]);
}

std::optional<app::StoredImportMapping> SqlImportMappingRepository::FindByName(
    const std::string& name) {
  auto found = Where(" WHERE name = $1", {name});
  if (found.empty()) return std::nullopt;
  return std::move(found[0]);
}

std::vector<app::StoredImportMapping> SqlImportMappingRepository::List() { return Where("", {}); }

}  // namespace pacte::storage
