#include "storage/repositories/import_repository.hpp"

namespace pacte::storage {
namespace {

constexpr const char* kImportColumns =
    "id, kind, dry_run, status, file_name, file_path, file_sha256, file_bytes, mapping_id, "
    "options, plan_of, organism, reference_date, runner, cancel_requested, progress_done, "
    "progress_total, units_done, counts, error, created_by, created_at, started_at, "
    "finished_at, updated_at";

nlohmann::json JsonOr(const std::string& text) {
  auto j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  return j.is_discarded() ? nlohmann::json::object() : j;
}

std::optional<Timestamp> OptTimestamp(const SqlRow& r, std::size_t i) {
  if (r.IsNull(i)) return std::nullopt;
  return ParseIsoTimestamp(r.Text(i));
}

app::ImportRecord ImportOf(const SqlRow& r) {
  app::ImportRecord m;
  m.id = r.Int(0);
  m.kind = r.Text(1);
  m.dry_run = r.Bool(2);
  m.status = r.Text(3);
  m.file_name = r.Text(4);
  m.file_path = r.Text(5);
  m.file_sha256 = r.Text(6);
  m.file_bytes = r.Int(7);
  m.mapping_id = r.OptInt(8);
  m.options = JsonOr(r.Text(9));
  m.plan_of = r.OptInt(10);
  m.organism = r.OptText(11);
  if (!r.IsNull(12)) m.reference_date = ParseIsoDate(r.Text(12));
  m.runner = r.OptText(13);
  m.cancel_requested = r.Bool(14);
  m.progress_done = r.Int(15);
  m.progress_total = r.Int(16);
  m.units_done = r.Int(17);
  m.counts = JsonOr(r.Text(18));
  m.error = r.OptText(19);
  m.created_by = r.OptInt(20);
  m.created_at = ParseIsoTimestamp(r.Text(21)).value_or(Timestamp{});
  m.started_at = OptTimestamp(r, 22);
  m.finished_at = OptTimestamp(r, 23);
  m.updated_at = ParseIsoTimestamp(r.Text(24)).value_or(Timestamp{});
  return m;
}

app::ImportLine LineOf(const SqlRow& r) {
  app::ImportLine l;
  l.line = r.Int(0);
  l.reference = r.Text(1);
  l.outcome = r.Text(2);
  l.person_id = r.OptInt(3);
  l.code = r.Text(4);
  l.message = r.Text(5);
  l.details = JsonOr(r.Text(6));
  return l;
}

constexpr const char* kLineColumns = "line, reference, outcome, person_id, code, message, details";

// One page of `SELECT columns <from_where> ORDER BY order` and the total: the LIMIT and
// OFFSET parameters follow `params`.
template <class T, class Map>
app::PageOf<T> PageOfRows(SqlConnection& conn, const std::string& columns,
                          const std::string& from_where, SqlParams params, const std::string& order,
                          const app::PageRequest& page_in, Map map) {
  const auto page = page_in.Clamped();
  app::PageOf<T> out;
  out.number = page.number;
  out.size = page.size;
  out.total = conn.Query("SELECT COUNT(*)" + from_where, params).rows.at(0).Int(0);
  const auto n = params.size();
  params.emplace_back(static_cast<std::int64_t>(page.size));
  params.emplace_back(page.Offset());
  const std::string sql = "SELECT " + columns + from_where + " ORDER BY " + order + " LIMIT $" +
                          std::to_string(n + 1) + " OFFSET $" + std::to_string(n + 2);
  for (const auto& r : conn.Query(sql, params).rows) out.items.push_back(map(r));
  return out;
}

}  // namespace

std::int64_t SqlImportRepository::Insert(const app::NewImport& in, Timestamp now) {
  const auto ts = FormatIsoTimestamp(now);
  return conn_
      .Query(
          "INSERT INTO imports (kind, dry_run, status, file_name, file_path, file_sha256, "
          "file_bytes, mapping_id, options, plan_of, runner, created_by, created_at, updated_at) "
          "VALUES ($1, $2, 'en_attente', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) "
          "RETURNING id",
          {in.kind, in.dry_run, in.file_name, in.file_path, in.file_sha256, in.file_bytes,
           Opt(in.mapping_id), in.options.dump(), Opt(in.plan_of), Opt(in.runner),
           Opt(in.created_by), ts})
      .rows.at(0)
      .Int(0);
}

std::optional<app::ImportRecord> SqlImportRepository::Find(std::int64_t id) {
  auto rows =
      conn_.Query(std::string("SELECT ") + kImportColumns + " FROM imports WHERE id = $1", {id})
          .rows;
  if (rows.empty()) return std::nullopt;
  return ImportOf(rows[0]);
}

app::PageOf<app::ImportRecord> SqlImportRepository::List(const app::ImportQuery& query,
                                                         const app::PageRequest& page) {
  return PageOfRows<app::ImportRecord>(
      conn_, kImportColumns,
      " FROM imports WHERE (CAST($1 AS TEXT) IS NULL OR kind = $1) AND "
      "(CAST($2 AS BIGINT) IS NULL OR created_by = $2)",
      {Opt(query.kind), Opt(query.created_by)}, "id DESC", page, ImportOf);
}

bool SqlImportRepository::Claim(std::int64_t id, const std::optional<std::string>& runner,
                                Timestamp now) {
  const auto ts = FormatIsoTimestamp(now);
  return conn_.Execute(
             "UPDATE imports SET status = 'en_cours', started_at = $2, updated_at = $2, "
             "runner = COALESCE(CAST($3 AS TEXT), runner) WHERE id = $1 AND status = 'en_attente' "
             "AND (CAST($3 AS TEXT) IS NULL OR runner IS NULL OR runner = $3)",
             {id, ts, Opt(runner)}) == 1;
}

std::optional<std::int64_t> SqlImportRepository::NextQueued(
    const std::optional<std::string>& runner) {
  auto rows =
      conn_
          .Query(
              "SELECT id FROM imports WHERE status = 'en_attente' "
              "AND (CAST($1 AS TEXT) IS NULL OR runner IS NULL OR runner = $1) ORDER BY id LIMIT 1",
              {Opt(runner)})
          .rows;
  if (rows.empty()) return std::nullopt;
  return rows[0].Int(0);
}

void SqlImportRepository::SaveProgress(std::int64_t id, std::int64_t progress_done,
                                       std::int64_t progress_total, std::int64_t units_done,
                                       const nlohmann::json& counts, Timestamp now) {
  conn_.Execute(
      "UPDATE imports SET progress_done = $2, progress_total = $3, units_done = $4, "
      "counts = $5, updated_at = $6 WHERE id = $1",
      {id, progress_done, progress_total, units_done, counts.dump(), FormatIsoTimestamp(now)});
}

void SqlImportRepository::SetCafReference(std::int64_t id, const std::string& organism,
                                          Date reference_date, Timestamp now) {
  conn_.Execute(
      "UPDATE imports SET organism = $2, reference_date = $3, updated_at = $4 WHERE id = $1",
      {id, organism, FormatIsoDate(reference_date), FormatIsoTimestamp(now)});
}

void SqlImportRepository::Finish(std::int64_t id, const std::string& status,
                                 const std::optional<std::string>& error, Timestamp now) {
  const auto ts = FormatIsoTimestamp(now);
  conn_.Execute(
      "UPDATE imports SET status = $2, error = $3, finished_at = $4, updated_at = $4 "
      "WHERE id = $1 AND status IN ('en_attente', 'en_cours')",
      {id, status, Opt(error), ts});
}

bool SqlImportRepository::RequestCancel(std::int64_t id, Timestamp now) {
  const auto ts = FormatIsoTimestamp(now);
  conn_.Execute(
      "UPDATE imports SET status = 'annulee', cancel_requested = $2, finished_at = $3, "
      "updated_at = $3 WHERE id = $1 AND status = 'en_attente'",
      {id, true, ts});
  conn_.Execute(
      "UPDATE imports SET cancel_requested = $2, updated_at = $3 "
      "WHERE id = $1 AND status = 'en_cours'",
      {id, true, ts});
  auto rows = conn_.Query("SELECT cancel_requested FROM imports WHERE id = $1", {id}).rows;
  return !rows.empty() && rows[0].Bool(0);
}

bool SqlImportRepository::CancelRequested(std::int64_t id) {
  auto rows = conn_.Query("SELECT cancel_requested FROM imports WHERE id = $1", {id}).rows;
  return !rows.empty() && rows[0].Bool(0);
}

std::int64_t SqlImportRepository::MarkInterrupted(const std::optional<std::string>& runner,
                                                  Timestamp now) {
  const auto ts = FormatIsoTimestamp(now);
  return conn_.Execute(
      "UPDATE imports SET status = 'interrompue', finished_at = $2, updated_at = $2, "
      "error = 'Import interrompu : le processus s''est arrêté pendant son exécution. Les "
      "foyers et lignes comptés dans le rapport ont été enregistrés, les autres non.' "
      "WHERE status = 'en_cours' AND (CAST($1 AS TEXT) IS NULL OR runner = $1)",
      {Opt(runner), ts});
}

void SqlImportRepository::AddLines(std::int64_t id, const std::vector<app::ImportLine>& lines) {
  for (const auto& l : lines) {
    conn_.Execute(
        "INSERT INTO import_lines (import_id, line, reference, outcome, person_id, code, "
        "message, details) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        {id, l.line, l.reference, l.outcome, Opt(l.person_id), l.code, l.message,
         l.details.dump()});
  }
}

app::PageOf<app::ImportLine> SqlImportRepository::Lines(std::int64_t id,
                                                        const std::optional<std::string>& outcome,
                                                        const app::PageRequest& page) {
  return PageOfRows<app::ImportLine>(
      conn_, kLineColumns,
      " FROM import_lines WHERE import_id = $1 AND (CAST($2 AS TEXT) IS NULL OR outcome = $2)",
      {id, Opt(outcome)}, "line, id", page, LineOf);
}

void SqlImportRepository::ForEachLine(std::int64_t id,
                                      const std::function<void(const app::ImportLine&)>& fn) {
  // Pages of 5,000 by (line, id) so that a report of any size never sits whole in memory.
  std::int64_t after_line = -1, after_id = 0;
  for (;;) {
    auto rows = conn_
                    .Query(std::string("SELECT ") + kLineColumns +
                               ", id FROM import_lines WHERE import_id = $1 AND "
                               "(line > $2 OR (line = $2 AND id > $3)) ORDER BY line, id "
                               "LIMIT 5000",
                           {id, after_line, after_id})
                    .rows;
    if (rows.empty()) return;
    for (const auto& r : rows) fn(LineOf(r));
    after_line = rows.back().Int(0);
    after_id = rows.back().Int(7);
  }
}

std::optional<std::int64_t> SqlImportRepository::FindAppliedByHash(const std::string& kind,
                                                                   const std::string& sha256) {
  auto rows = conn_
                  .Query(
                      "SELECT id FROM imports WHERE file_sha256 = $1 AND kind = $2 "
                      "AND status = 'terminee' AND dry_run = $3 ORDER BY id LIMIT 1",
                      {sha256, kind, false})
                  .rows;
  if (rows.empty()) return std::nullopt;
  return rows[0].Int(0);
}

std::optional<Date> SqlImportRepository::LatestCafReference(const std::string& organism) {
  auto rows = conn_
                  .Query(
                      "SELECT MAX(reference_date) FROM imports WHERE kind = 'caf' "
                      "AND organism = $1 AND status = 'terminee' AND dry_run = $2",
                      {organism, false})
                  .rows;
  if (rows.empty() || rows[0].IsNull(0)) return std::nullopt;
  return ParseIsoDate(rows[0].Text(0));
}

}  // namespace pacte::storage
