#pragma once
// Optimistic concurrency, once for every repository: an UPDATE guarded by
// "WHERE id = … AND version = …" that also bumps the version.

#include <cstdint>
#include <optional>
#include <string_view>

#include "domain/common/error.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

struct VersionedUpdateErrors {
  Error not_found;                 // no row has this id
  std::optional<Error> on_unique;  // a unique constraint refused the new values
};

// Runs update_sql (which must match at most the row `id` at its expected version). Ok when
// one row changed; otherwise errors.not_found when `table` has no row `id`, else
// Error::Stale(). A unique violation becomes errors.on_unique when given (rethrown otherwise).
Status VersionedUpdate(SqlConnection& conn, std::string_view update_sql, const SqlParams& params,
                       std::string_view table, std::int64_t id,
                       const VersionedUpdateErrors& errors);

}  // namespace pacte::storage
