#include "storage/sql_store.hpp"

#include "storage/sql/migrator.hpp"
#include "storage/sql/postgres_connection.hpp"
#include "storage/sql/sqlite_connection.hpp"
#include "storage/sql_unit_of_work.hpp"

namespace pacte::storage {

bool IsPostgresUrl(const std::string& url) {
  return url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0;
}

namespace {

ConnectionPool::Factory MakeFactory(const std::string& url) {
  if (IsPostgresUrl(url)) {
    return [url] { return std::make_unique<PostgresConnection>(url); };
  }
  return [url] { return std::make_unique<SqliteConnection>(url); };
}

}  // namespace

SqlStore::SqlStore(const DatabaseOptions& options)
    : pool_(MakeFactory(options.url), options.pool_size),
      backend_(IsPostgresUrl(options.url) ? "postgresql" : "sqlite") {}

void SqlStore::Transact(app::TxMode mode, const std::function<bool(app::UnitOfWork&)>& fn) {
  auto conn = pool_.Acquire();
  try {
    conn->Begin(mode);
    SqlUnitOfWork uow(*conn);
    if (fn(uow)) {
      conn->Commit();
    } else {
      conn->Rollback();
    }
  } catch (...) {
    try {
      conn->Rollback();
    } catch (...) {
      conn.Discard();
    }
    throw;
  }
}

bool SqlStore::Ping() {
  try {
    auto conn = pool_.Acquire();
    return conn->Query("SELECT 1").rows.size() == 1;
  } catch (const std::exception&) {
    return false;
  }
}

std::vector<int> SqlStore::MigrateSchema() {
  std::vector<int> applied;
  WithConnection([&](SqlConnection& c) { applied = Migrate(c, EmbeddedMigrationList()); });
  return applied;
}

void SqlStore::WithConnection(const std::function<void(SqlConnection&)>& fn) {
  auto conn = pool_.Acquire();
  fn(*conn);
}

}  // namespace pacte::storage
