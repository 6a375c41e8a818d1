// Sessions and PDI programmes of SqlCatalogueRepository.

#include <map>

#include "storage/repositories/catalogue_repository.hpp"
#include "storage/sql/versioned_update.hpp"

namespace pacte::storage {
namespace {

SqlParam Txt(const std::string& s) {
  if (s.empty()) return nullptr;
  return s;
}

SqlParams SessionParams(const SessionFields& s) {
  SqlParam hours = nullptr;
  if (s.weekly_hours) hours = *s.weekly_hours;
  return {s.label, FormatIsoDate(s.starts_on), FormatIsoDate(s.ends_on), s.schedule, hours,
          Opt(s.weeks), s.places, s.place, Txt(s.commune_code)};
}

constexpr const char* kSessionSelect =
    "SELECT x.id, x.action_id, x.label, x.starts_on, x.ends_on, x.schedule, x.weekly_hours, "
    "x.weeks, x.places, x.place, x.commune_code, x.cancelled, x.version, (SELECT COUNT(*) "
    "FROM prescriptions p WHERE p.session_id = x.id AND p.status IN ('acceptee', 'entree')) "
    "FROM action_sessions x ";

app::StoredSession SessionOf(const SqlRow& r) {
  app::StoredSession s;
  s.id = r.Int(0);
  s.action_id = r.Int(1);
  auto& f = s.fields;
  f.label = r.Text(2);
  f.starts_on = ParseIsoDate(r.Text(3)).value_or(Date{});
  f.ends_on = ParseIsoDate(r.Text(4)).value_or(Date{});
  f.schedule = r.Text(5);
  if (!r.IsNull(6)) f.weekly_hours = r.Double(6);
  f.weeks = r.OptInt(7);
  f.places = r.Int(8);
  f.place = r.Text(9);
  f.commune_code = r.Text(10);
  s.cancelled = r.Bool(11);
  s.version = r.Int(12);
  s.taken = r.Int(13);
  return s;
}

}  // namespace

std::int64_t SqlCatalogueRepository::InsertSession(std::int64_t action_id, const SessionFields& s,
                                                   Timestamp now) {
  SqlParams p = SessionParams(s);
  p.push_back(action_id);
  p.push_back(FormatIsoTimestamp(now));
  return conn_
      .Query("INSERT INTO action_sessions (label, starts_on, ends_on, schedule, weekly_hours, "
             "weeks, places, place, commune_code, action_id, created_at, updated_at) VALUES "
             "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
             p)
      .rows.at(0)
      .Int(0);
}

std::optional<app::StoredSession> SqlCatalogueRepository::LockSession(std::int64_t id) {
  if (conn_.Execute("UPDATE action_sessions SET version = version WHERE id = $1", {id}) == 0) {
    return std::nullopt;
  }
  auto res = conn_.Query(std::string(kSessionSelect) + "WHERE x.id = $1", {id});
  if (res.rows.empty()) return std::nullopt;
  return SessionOf(res.rows.front());
}

Status SqlCatalogueRepository::UpdateSession(std::int64_t id, std::int64_t expected_version,
                                             const SessionFields& s, bool cancelled,
                                             Timestamp now) {
  SqlParams p = SessionParams(s);
  p.push_back(cancelled);
  p.push_back(FormatIsoTimestamp(now));
  p.push_back(id);
  p.push_back(expected_version);
  return VersionedUpdate(
      conn_,
      "UPDATE action_sessions SET label = $1, starts_on = $2, ends_on = $3, schedule = $4, "
      "weekly_hours = $5, weeks = $6, places = $7, place = $8, commune_code = $9, "
      "cancelled = $10, updated_at = $11, version = version + 1 WHERE id = $12 AND version = $13",
      p, "action_sessions", id,
      {Error::NotFound("session.not_found", "Cette session n'existe pas."), std::nullopt});
}

std::vector<app::StoredSession> SqlCatalogueRepository::ListSessions(std::int64_t action_id) {
  auto res = conn_.Query(
      std::string(kSessionSelect) + "WHERE x.action_id = $1 ORDER BY x.starts_on, x.id",
      {action_id});
  std::vector<app::StoredSession> out;
  for (const auto& r : res.rows) out.push_back(SessionOf(r));
  return out;
}

void SqlCatalogueRepository::TouchAction(std::int64_t id, Date date_maj, Timestamp now) {
  conn_.Execute(
      "UPDATE actions SET date_maj = $1, updated_at = $2, version = version + 1 WHERE id = $3",
      {FormatIsoDate(date_maj), FormatIsoTimestamp(now), id});
}

std::vector<app::StoredProgramme> SqlCatalogueRepository::SelectProgrammes(
    const std::string& where, const SqlParams& params) {
  auto res = conn_.Query(
      "SELECT id, year, name, adopted_on, version, created_at, updated_at FROM programmes " +
          where,
      params);
  std::vector<app::StoredProgramme> out;
  std::map<std::int64_t, app::StoredProgramme*> by_id;
  for (const auto& r : res.rows) {
    app::StoredProgramme p;
    p.id = r.Int(0);
    p.fields.year = r.Int(1);
    p.fields.name = r.Text(2);
    if (!r.IsNull(3)) p.fields.adopted_on = ParseIsoDate(r.Text(3));
    p.version = r.Int(4);
    p.created_at = ParseIsoTimestamp(r.Text(5)).value_or(Timestamp{});
    p.updated_at = ParseIsoTimestamp(r.Text(6)).value_or(Timestamp{});
    out.push_back(std::move(p));
  }
  for (auto& p : out) by_id[p.id] = &p;
  if (out.empty()) return out;
  auto budgets = conn_.Query("SELECT programme_id, objective, amount_cents FROM programme_budgets");
  for (const auto& r : budgets.rows) {
    auto it = by_id.find(r.Int(0));
    auto objective = ParseObjective(r.Text(1));
    if (it != by_id.end() && objective) it->second->fields.budgets_cents[*objective] = r.Int(2);
  }
  return out;
}

std::vector<app::StoredProgramme> SqlCatalogueRepository::ListProgrammes() {
  return SelectProgrammes("ORDER BY year DESC", {});
}

std::optional<app::StoredProgramme> SqlCatalogueRepository::FindProgramme(std::int64_t id) {
  auto found = SelectProgrammes("WHERE id = $1", {id});
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::optional<app::StoredProgramme> SqlCatalogueRepository::FindProgrammeByYear(
    std::int64_t year) {
  auto found = SelectProgrammes("WHERE year = $1", {year});
  if (found.empty()) return std::nullopt;
  return found.front();
}

namespace {

void WriteBudgets(SqlConnection& conn, std::int64_t id, const ProgrammeFields& p) {
  conn.Execute("DELETE FROM programme_budgets WHERE programme_id = $1", {id});
  for (const auto& [objective, cents] : p.budgets_cents) {
    conn.Execute(
        "INSERT INTO programme_budgets (programme_id, objective, amount_cents) VALUES ($1, $2, "
        "$3)",
        {id, std::string(ObjectiveCode(objective)), cents});
  }
}

SqlParam AdoptedParam(const ProgrammeFields& p) {
  if (!p.adopted_on) return nullptr;
  return FormatIsoDate(*p.adopted_on);
}

Error YearTaken(std::int64_t year) {
  return Error::Conflict("programme.year_taken",
                         "Un programme existe déjà pour l'année " + std::to_string(year) + ".",
                         "year");
}

}  // namespace

Result<std::int64_t> SqlCatalogueRepository::InsertProgramme(const ProgrammeFields& p,
                                                             Timestamp now) {
  std::int64_t id = 0;
  try {
    id = conn_
             .Query("INSERT INTO programmes (year, name, adopted_on, created_at, updated_at) "
                    "VALUES ($1, $2, $3, $4, $4) RETURNING id",
                    {p.year, p.name, AdoptedParam(p), FormatIsoTimestamp(now)})
             .rows.at(0)
             .Int(0);
  } catch (const SqlError& e) {
    if (!e.IsUniqueViolation()) throw;
    return Fail(YearTaken(p.year));
  }
  WriteBudgets(conn_, id, p);
  return id;
}

Status SqlCatalogueRepository::UpdateProgramme(std::int64_t id, std::int64_t expected_version,
                                               const ProgrammeFields& p, Timestamp now) {
  auto saved = VersionedUpdate(
      conn_,
      "UPDATE programmes SET year = $1, name = $2, adopted_on = $3, updated_at = $4, "
      "version = version + 1 WHERE id = $5 AND version = $6",
      {p.year, p.name, AdoptedParam(p), FormatIsoTimestamp(now), id, expected_version},
      "programmes", id,
      {Error::NotFound("programme.not_found", "Ce programme n'existe pas."), YearTaken(p.year)});
  if (!saved) return saved;
  WriteBudgets(conn_, id, p);
  return {};
}

std::int64_t SqlCatalogueRepository::AttachActionsOfYear(std::int64_t programme_id,
                                                         std::int64_t year) {
  return conn_.Execute(
      "UPDATE actions SET programme_id = $1 WHERE programme_year = $2 AND programme_id IS NULL",
      {programme_id, year});
}

std::vector<app::ProgrammeAction> SqlCatalogueRepository::ProgrammeActions(
    std::int64_t programme_id) {
  auto res = conn_.Query(
      "SELECT a.id, a.name, a.status, a.objective, s.name, a.funding_amount_cents FROM actions a "
      "JOIN structures s ON s.id = a.structure_id WHERE a.programme_id = $1 ORDER BY a.name, "
      "a.id",
      {programme_id});
  std::vector<app::ProgrammeAction> out;
  for (const auto& r : res.rows) {
    app::ProgrammeAction a;
    a.id = r.Int(0);
    a.name = r.Text(1);
    a.status = ParseActionStatus(r.Text(2)).value_or(ActionStatus::kBrouillon);
    a.objective = r.Text(3);
    a.structure_name = r.Text(4);
    a.funding_amount_cents = r.OptInt(5);
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace pacte::storage
