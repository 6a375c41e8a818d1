#include "support/test_database.hpp"

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include <unistd.h>

#include "storage/sql/postgres_connection.hpp"

namespace pacte::testing {
namespace {

std::atomic<int> counter{0};

std::string AdminUrl() {
  const char* url = std::getenv("PACTE_TEST_PG_URL");
  if (!url || !*url) {
    throw std::runtime_error(
        "PACTE_TEST_PG_URL absent : lancez les tests par `make test` (qui démarre PostgreSQL)");
  }
  return url;
}


}  // namespace

std::string TestBackend() {
  const char* b = std::getenv("PACTE_TEST_BACKEND");
  return b && *b ? b : "sqlite";
}

TestDatabase::TestDatabase() {
  std::string unique = std::to_string(getpid()) + "_" + std::to_string(counter++);
  if (TestBackend() == "postgresql") {
    // One schema per test (CREATE DATABASE costs most of a second; a schema, milliseconds):
    // the connections of this test find their tables through search_path.
    drop_name_ = "pacte_test_" + unique;
    storage::PostgresConnection admin(AdminUrl());
    admin.ExecScript("DROP SCHEMA IF EXISTS " + drop_name_ + " CASCADE");
    admin.ExecScript("CREATE SCHEMA " + drop_name_);
    std::string base = AdminUrl();
    url_ = base + (base.find('?') == std::string::npos ? "?" : "&") +
           "options=-csearch_path%3D" + drop_name_;
  } else {
    auto dir = std::filesystem::temp_directory_path() / "pacte-tests";
    std::filesystem::create_directories(dir);
    url_ = (dir / ("db_" + unique + ".sqlite")).string();
    std::filesystem::remove(url_);
  }
  store_ = std::make_unique<storage::SqlStore>(storage::DatabaseOptions{url_, 4});
  store_->MigrateSchema();
}

TestDatabase::~TestDatabase() {
  store_.reset();
  if (!drop_name_.empty()) {
    try {
      storage::PostgresConnection admin(AdminUrl());
      admin.ExecScript("DROP SCHEMA IF EXISTS " + drop_name_ + " CASCADE");
    } catch (const std::exception&) {
    }
  } else {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(url_ + suffix);
  }
}

}  // namespace pacte::testing
