#include "storage/repositories/institution_repository.hpp"

#include "domain/common/text.hpp"
#include "storage/repositories/organisation_sql.hpp"
#include "storage/sql/versioned_update.hpp"

namespace pacte::storage {
namespace {

constexpr const char* kColumns =
    "i.id, i.name, i.kind, i.siret, i.is_pact_signatory, i.version, i.created_at, i.updated_at, "
    "(SELECT COUNT(*) FROM structures s WHERE s.institution_id = i.id)";

app::Institution InstitutionOf(const SqlRow& r) {
  app::Institution out;
  out.id = r.Int(0);
  out.fields.name = r.Text(1);
  out.fields.kind = ParseInstitutionKind(r.Text(2)).value_or(InstitutionKind::kAutre);
  out.fields.siret = r.OptText(3);
  out.fields.is_pact_signatory = r.Bool(4);
  out.version = r.Int(5);
  out.created_at = ParseIsoTimestamp(r.Text(6)).value_or(Timestamp{});
  out.updated_at = ParseIsoTimestamp(r.Text(7)).value_or(Timestamp{});
  out.structure_count = r.Int(8);
  return out;
}

Error SiretTaken() {
  return Error::Conflict("institution.siret_taken", "Une autre institution porte déjà ce SIRET.",
                         "siret");
}

SqlConditions ConditionsOf(const app::InstitutionFilter& filter) {
  SqlConditions where;
  std::string key = SearchKey(filter.query);
  if (!key.empty()) where.Add("i.search_key LIKE ? ESCAPE '\\'", {LikeContains(key)});
  if (filter.kind) where.Add("i.kind = ?", {std::string(InstitutionKindCode(*filter.kind))});
  if (filter.is_pact_signatory) where.Add("i.is_pact_signatory = ?", {*filter.is_pact_signatory});
  return where;
}

}  // namespace

Result<std::int64_t> SqlInstitutionRepository::Insert(const InstitutionFields& f, Timestamp now) {
  try {
    auto rows = conn_
                    .Query(
                        "INSERT INTO institutions (name, search_key, kind, siret, "
                        "is_pact_signatory, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, "
                        "$6, $6) RETURNING id",
                        {f.name, SearchKey(f.name), std::string(InstitutionKindCode(f.kind)),
                         Opt(f.siret), f.is_pact_signatory, FormatIsoTimestamp(now)})
                    .rows;
    return rows.at(0).Int(0);
  } catch (const SqlError& e) {
    if (e.IsUniqueViolation()) return Fail(SiretTaken());
    throw;
  }
}

std::optional<app::Institution> SqlInstitutionRepository::Find(std::int64_t id) {
  auto rows =
      conn_.Query(std::string("SELECT ") + kColumns + " FROM institutions i WHERE i.id = $1", {id})
          .rows;
  if (rows.empty()) return std::nullopt;
  return InstitutionOf(rows[0]);
}

Status SqlInstitutionRepository::Update(std::int64_t id, std::int64_t expected_version,
                                        const InstitutionFields& f, Timestamp now) {
  return VersionedUpdate(
      conn_,
      "UPDATE institutions SET name = $3, search_key = $4, kind = $5, siret = $6, "
      "is_pact_signatory = $7, updated_at = $8, version = version + 1 "
      "WHERE id = $1 AND version = $2",
      {id, expected_version, f.name, SearchKey(f.name), std::string(InstitutionKindCode(f.kind)),
       Opt(f.siret), f.is_pact_signatory, FormatIsoTimestamp(now)},
      "institutions", id,
      {Error::NotFound("institution.not_found", "Cette institution n'existe pas."), SiretTaken()});
}

app::PageOf<app::Institution> SqlInstitutionRepository::List(const app::InstitutionFilter& filter,
                                                             const app::PageRequest& page) {
  SqlConditions where = ConditionsOf(filter);
  app::PageOf<app::Institution> out;
  out.number = page.number;
  out.size = page.size;
  out.total = conn_.Query("SELECT COUNT(*) FROM institutions i" + where.Where(), where.params())
                  .rows.at(0)
                  .Int(0);
  std::string filters = where.Where();
  std::string limit = where.Next(static_cast<std::int64_t>(page.size));
  std::string offset = where.Next(page.Offset());
  std::string sql = std::string("SELECT ") + kColumns + " FROM institutions i" + filters +
                    " ORDER BY i.search_key, i.id LIMIT " + limit + " OFFSET " + offset;
  for (const auto& row : conn_.Query(sql, where.params()).rows) {
    out.items.push_back(InstitutionOf(row));
  }
  return out;
}

std::vector<app::InstitutionChoice> SqlInstitutionRepository::ListChoices() {
  std::vector<app::InstitutionChoice> out;
  for (const auto& row :
       conn_.Query("SELECT id, name FROM institutions ORDER BY search_key, id").rows) {
    out.push_back({row.Int(0), row.Text(1)});
  }
  return out;
}

}  // namespace pacte::storage
