#pragma once
// SQLite 3 connection: WAL, foreign keys on, busy timeout, prepared statements cached.

#include <string>
#include <unordered_map>
#include <vector>

#include "storage/sql/sql_connection.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace pacte::storage {

class SqliteConnection final : public SqlConnection {
 public:
  // Opens (creating if needed) the database file at path. Throws SqlError on failure.
  explicit SqliteConnection(const std::string& path);
  ~SqliteConnection() override;
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  SqlResult Query(std::string_view sql, const SqlParams& params) override;
  void ExecScript(std::string_view sql) override;
  void Begin(app::TxMode mode) override;
  void Commit() override;
  void Rollback() override;
  const Dialect& dialect() const override { return dialect_; }

 private:
  // A prepared statement and, for each parameter $n of Query's params (index n - 1), its
  // SQLite parameter index (0 when the statement does not use it): looking "$n" up by name
  // at every execution is linear in the number of parameters, quadratic for a bulk insert.
  struct Prepared {
    sqlite3_stmt* stmt = nullptr;
    std::vector<int> index_of;
  };
  const Prepared& Prepare(std::string_view sql);
  [[noreturn]] void Throw(const std::string& context, int rc);

  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, Prepared> statements_;
  Dialect dialect_{Dialect::Kind::kSqlite};
};

}  // namespace pacte::storage
