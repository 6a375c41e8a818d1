#pragma once
// PostgreSQL connection over libpq (see docs/adr/0002-libpq-direct.md): parameters sent as
// text, statements prepared once per connection and cached by their SQL text.

#include <string>
#include <unordered_map>

#include "storage/sql/sql_connection.hpp"

struct pg_conn;

namespace pacte::storage {

class PostgresConnection final : public SqlConnection {
 public:
  // Connects with a libpq URL ("postgresql://user@host:port/db"). Throws SqlError.
  explicit PostgresConnection(const std::string& url);
  ~PostgresConnection() override;
  PostgresConnection(const PostgresConnection&) = delete;
  PostgresConnection& operator=(const PostgresConnection&) = delete;

  SqlResult Query(std::string_view sql, const SqlParams& params) override;
  void ExecScript(std::string_view sql) override;
  void Begin(app::TxMode mode) override;
  void Commit() override;
  void Rollback() override;
  const Dialect& dialect() const override { return dialect_; }
  // True when the connection is still usable (pool health check).
  bool IsHealthy() const;

 private:
  const std::string& Prepare(std::string_view sql);

  pg_conn* conn_ = nullptr;
  std::unordered_map<std::string, std::string> statements_;  // sql -> statement name
  bool in_transaction_ = false;
  Dialect dialect_{Dialect::Kind::kPostgres};
};

}  // namespace pacte::storage
