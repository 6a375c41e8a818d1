#pragma once
// Applies the numbered migrations embedded from storage/migrations/NNNN_name.sql, each in its
// own transaction, recording them in schema_migrations. Idempotent; safe with several
// application servers starting at once (PostgreSQL advisory lock).

#include <string>
#include <vector>

#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

struct Migration {
  int version = 0;
  std::string name;
  std::string script;
};

// The migrations compiled into the binary, sorted by version.
std::vector<Migration> EmbeddedMigrationList();

// Applies the missing ones; returns the versions applied now. Throws SqlError.
std::vector<int> Migrate(SqlConnection& conn, const std::vector<Migration>& migrations);

}  // namespace pacte::storage
