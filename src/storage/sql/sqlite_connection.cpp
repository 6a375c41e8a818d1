#include "storage/sql/sqlite_connection.hpp"

#include <cstdlib>

#include <sqlite3.h>

namespace pacte::storage {

SqliteConnection::SqliteConnection(const std::string& path) {
  int rc = sqlite3_open_v2(path.c_str(), &db_,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX |
                               SQLITE_OPEN_URI,
                           nullptr);
  if (rc != SQLITE_OK) Throw("ouverture de " + path, rc);
  sqlite3_busy_timeout(db_, 10000);
  sqlite3_extended_result_codes(db_, 1);
  ExecScript(
      "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; "
      "PRAGMA temp_store=MEMORY;");
}

SqliteConnection::~SqliteConnection() {
  for (auto& [sql, prepared] : statements_) sqlite3_finalize(prepared.stmt);
  sqlite3_close_v2(db_);
}

void SqliteConnection::Throw(const std::string& context, int rc) {
  std::string msg = context + ": " + (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
  bool unique = rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY;
  throw SqlError(msg, unique);
}

const SqliteConnection::Prepared& SqliteConnection::Prepare(std::string_view sql) {
  auto it = statements_.find(std::string(sql));
  if (it != statements_.end()) return it->second;
  Prepared prepared;
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &prepared.stmt, nullptr);
  if (rc != SQLITE_OK) Throw("préparation de « " + std::string(sql) + " »", rc);
  const int count = sqlite3_bind_parameter_count(prepared.stmt);
  for (int k = 1; k <= count; ++k) {
    const char* name = sqlite3_bind_parameter_name(prepared.stmt, k);
    if (!name || name[0] != '$') continue;
    const int n = std::atoi(name + 1);
    if (n <= 0) continue;
    if (prepared.index_of.size() < static_cast<std::size_t>(n)) prepared.index_of.resize(n, 0);
    prepared.index_of[static_cast<std::size_t>(n - 1)] = k;
  }
  return statements_.emplace(std::string(sql), std::move(prepared)).first->second;
}

namespace {

void Bind(sqlite3_stmt* stmt, int index, const SqlParam& p) {
  if (index == 0) return;  // placeholder absent from this statement
  std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::nullptr_t>) {
          sqlite3_bind_null(stmt, index);
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          sqlite3_bind_int64(stmt, index, v);
        } else if constexpr (std::is_same_v<T, double>) {
          sqlite3_bind_double(stmt, index, v);
        } else if constexpr (std::is_same_v<T, bool>) {
          sqlite3_bind_int(stmt, index, v ? 1 : 0);
        } else {
          sqlite3_bind_text(stmt, index, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
        }
      },
      p);
}

struct ResetGuard {
  sqlite3_stmt* stmt;
  ~ResetGuard() {
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
  }
};

}  // namespace

SqlResult SqliteConnection::Query(std::string_view sql, const SqlParams& params) {
  const Prepared& prepared = Prepare(sql);
  sqlite3_stmt* stmt = prepared.stmt;
  ResetGuard guard{stmt};
  for (std::size_t i = 0; i < params.size() && i < prepared.index_of.size(); ++i) {
    Bind(stmt, prepared.index_of[i], params[i]);
  }
  SqlResult result;
  int columns = sqlite3_column_count(stmt);
  for (;;) {
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) Throw("exécution de « " + std::string(sql) + " »", rc);
    std::vector<std::optional<std::string>> cells;
    cells.reserve(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) {
      if (sqlite3_column_type(stmt, c) == SQLITE_NULL) {
        cells.emplace_back(std::nullopt);
      } else {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
        cells.emplace_back(std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, c))));
      }
    }
    result.rows.emplace_back(std::move(cells));
  }
  result.affected = sqlite3_changes64(db_);
  return result;
}

void SqliteConnection::ExecScript(std::string_view sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = err ? err : "erreur inconnue";
    sqlite3_free(err);
    throw SqlError("SQLite : " + msg, rc == SQLITE_CONSTRAINT_UNIQUE);
  }
}

// Transaction statements go through the prepared-statement cache like any query: no parsing
// on every use case.
void SqliteConnection::Begin(app::TxMode mode) {
  Query(mode == app::TxMode::kWrite ? dialect_.BeginWrite() : "BEGIN", {});
}

void SqliteConnection::Commit() { Query("COMMIT", {}); }

void SqliteConnection::Rollback() {
  if (!sqlite3_get_autocommit(db_)) Query("ROLLBACK", {});
}

}  // namespace pacte::storage
