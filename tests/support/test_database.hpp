#pragma once
// A fresh, migrated database for one test, on the backend chosen by PACTE_TEST_BACKEND
// (sqlite: a temporary file; postgresql: a new schema, reached through search_path, on the throwaway
// cluster of scripts/pg-test, whose URL is in PACTE_TEST_PG_URL).

#include <memory>
#include <string>

#include "storage/sql_store.hpp"

namespace pacte::testing {

// "sqlite" (default) or "postgresql".
std::string TestBackend();

class TestDatabase {
 public:
  TestDatabase();
  ~TestDatabase();
  storage::SqlStore& store() { return *store_; }
  const std::string& url() const { return url_; }

 private:
  std::string url_;
  std::string drop_name_;  // PostgreSQL schema to drop afterwards
  std::unique_ptr<storage::SqlStore> store_;
};

}  // namespace pacte::testing
