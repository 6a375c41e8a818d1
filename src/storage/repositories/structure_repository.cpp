#include "storage/repositories/structure_repository.hpp"

#include "domain/common/text.hpp"
#include "storage/repositories/organisation_sql.hpp"
#include "storage/sql/versioned_update.hpp"

namespace pacte::storage {
namespace {

constexpr const char* kSelect =
    "SELECT s.id, s.institution_id, s.name, s.address, s.commune_code, s.phone, s.email, "
    "s.is_referent_body, s.is_action_operator, s.drees_category, s.version, s.created_at, "
    "s.updated_at, i.name, c.name, c.territory_id, COALESCE(t.name, '') "
    "FROM structures s JOIN institutions i ON i.id = s.institution_id "
    "JOIN communes c ON c.insee_code = s.commune_code "
    "LEFT JOIN territories t ON t.id = c.territory_id";

app::Structure StructureOf(const SqlRow& r) {
  app::Structure out;
  out.id = r.Int(0);
  out.fields.institution_id = r.Int(1);
  out.fields.name = r.Text(2);
  out.fields.address = r.OptText(3);
  out.fields.commune_code = r.Text(4);
  out.fields.phone = r.OptText(5);
  out.fields.email = r.OptText(6);
  out.fields.is_referent_body = r.Bool(7);
  out.fields.is_action_operator = r.Bool(8);
  out.fields.drees_category = ParseDreesCategory(r.Text(9)).value_or(DreesCategory::kAutreHorsSpe);
  out.version = r.Int(10);
  out.created_at = ParseIsoTimestamp(r.Text(11)).value_or(Timestamp{});
  out.updated_at = ParseIsoTimestamp(r.Text(12)).value_or(Timestamp{});
  out.institution_name = r.Text(13);
  out.commune_name = r.Text(14);
  out.territory_id = r.OptInt(15);
  out.territory_name = r.Text(16);
  return out;
}

SqlParams FieldParams(const StructureFields& f) {
  // Built by push_back: a braced list of variants trips GCC 12's maybe-uninitialized at -O3.
  SqlParams p;
  p.reserve(13);
  p.emplace_back(f.institution_id);
  p.emplace_back(f.name);
  p.emplace_back(SearchKey(f.name));
  p.push_back(Opt(f.address));
  p.emplace_back(f.commune_code);
  p.push_back(Opt(f.phone));
  p.push_back(Opt(f.email));
  p.emplace_back(f.is_referent_body);
  p.emplace_back(f.is_action_operator);
  p.emplace_back(std::string(DreesCategoryCode(f.drees_category)));
  return p;
}

void AddKind(SqlConditions& where, StructureKind kind) {
  switch (kind) {
    case StructureKind::kReferentBody:
      where.Add("s.is_referent_body");
      break;
    case StructureKind::kActionOperator:
      where.Add("s.is_action_operator");
      break;
    case StructureKind::kBoth:
      where.Add("s.is_referent_body AND s.is_action_operator");
      break;
  }
}

// Conditions on the structures table alone, so the COUNT needs no join.
SqlConditions ConditionsOf(const app::StructureFilter& filter) {
  SqlConditions where;
  std::string key = SearchKey(filter.query);
  if (!key.empty()) where.Add("s.search_key LIKE ? ESCAPE '\\'", {LikeContains(key)});
  if (filter.commune_code) where.Add("s.commune_code = ?", {*filter.commune_code});
  if (filter.territory_id) {
    where.Add("s.commune_code IN (SELECT insee_code FROM communes WHERE territory_id = ?)",
              {*filter.territory_id});
  }
  if (filter.institution_id) where.Add("s.institution_id = ?", {*filter.institution_id});
  if (filter.kind) AddKind(where, *filter.kind);
  if (filter.drees_category) {
    where.Add("s.drees_category = ?", {std::string(DreesCategoryCode(*filter.drees_category))});
  }
  return where;
}

}  // namespace

std::int64_t SqlStructureRepository::Insert(const StructureFields& f, Timestamp now) {
  SqlParams params = FieldParams(f);
  params.push_back(FormatIsoTimestamp(now));
  auto rows = conn_
                  .Query(
                      "INSERT INTO structures (institution_id, name, search_key, address, "
                      "commune_code, phone, email, is_referent_body, is_action_operator, "
                      "drees_category, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, "
                      "$7, $8, $9, $10, $11, $11) RETURNING id",
                      params)
                  .rows;
  return rows.at(0).Int(0);
}

std::optional<app::Structure> SqlStructureRepository::Find(std::int64_t id) {
  auto rows = conn_.Query(std::string(kSelect) + " WHERE s.id = $1", {id}).rows;
  if (rows.empty()) return std::nullopt;
  return StructureOf(rows[0]);
}

Status SqlStructureRepository::Update(std::int64_t id, std::int64_t expected_version,
                                      const StructureFields& f, Timestamp now) {
  SqlParams params = FieldParams(f);
  params.push_back(FormatIsoTimestamp(now));
  params.push_back(id);
  params.push_back(expected_version);
  return VersionedUpdate(
      conn_,
      "UPDATE structures SET institution_id = $1, name = $2, search_key = $3, address = $4, "
      "commune_code = $5, phone = $6, email = $7, is_referent_body = $8, "
      "is_action_operator = $9, drees_category = $10, updated_at = $11, version = version + 1 "
      "WHERE id = $12 AND version = $13",
      params, "structures", id,
      {Error::NotFound("structure.not_found", "Cette structure n'existe pas."), std::nullopt});
}

app::PageOf<app::Structure> SqlStructureRepository::List(const app::StructureFilter& filter,
                                                         const app::PageRequest& page) {
  SqlConditions where = ConditionsOf(filter);
  app::PageOf<app::Structure> out;
  out.number = page.number;
  out.size = page.size;
  out.total = conn_.Query("SELECT COUNT(*) FROM structures s" + where.Where(), where.params())
                  .rows.at(0)
                  .Int(0);
  std::string filters = where.Where();
  std::string limit = where.Next(static_cast<std::int64_t>(page.size));
  std::string offset = where.Next(page.Offset());
  std::string sql = std::string(kSelect) + filters + " ORDER BY s.search_key, s.id LIMIT " + limit +
                    " OFFSET " + offset;
  for (const auto& row : conn_.Query(sql, where.params()).rows) {
    out.items.push_back(StructureOf(row));
  }
  return out;
}

}  // namespace pacte::storage
