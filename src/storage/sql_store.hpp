#pragma once
// The Store implementation over SQL: a connection pool of SQLite or PostgreSQL connections,
// one SqlUnitOfWork per transaction.

#include <memory>
#include <string>

#include "app/ports/store.hpp"
#include "storage/sql/connection_pool.hpp"

namespace pacte::storage {

struct DatabaseOptions {
  // A SQLite file path, or a postgresql:// URL.
  std::string url;
  std::size_t pool_size = 8;
};

bool IsPostgresUrl(const std::string& url);

class SqlStore final : public app::Store {
 public:
  explicit SqlStore(const DatabaseOptions& options);

  void Transact(app::TxMode mode, const std::function<bool(app::UnitOfWork&)>& fn) override;
  bool Ping() override;
  app::PoolStats Stats() const override { return pool_.Stats(); }
  std::string_view Backend() const override { return backend_; }

  // Applies missing migrations; returns the versions applied.
  std::vector<int> MigrateSchema();
  // Runs fn with a raw connection (tests, benchmarks, the migrator).
  void WithConnection(const std::function<void(SqlConnection&)>& fn);

 private:
  ConnectionPool pool_;
  std::string backend_;
};

}  // namespace pacte::storage
