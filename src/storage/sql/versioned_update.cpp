#include "storage/sql/versioned_update.hpp"

#include <string>

namespace pacte::storage {

Status VersionedUpdate(SqlConnection& conn, std::string_view update_sql, const SqlParams& params,
                       std::string_view table, std::int64_t id,
                       const VersionedUpdateErrors& errors) {
  std::int64_t changed = 0;
  try {
    changed = conn.Execute(update_sql, params);
  } catch (const SqlError& e) {
    if (e.IsUniqueViolation() && errors.on_unique) return Fail(*errors.on_unique);
    throw;
  }
  if (changed == 1) return {};
  // table is a constant of the calling repository, never input.
  auto exists = conn.Query("SELECT 1 FROM " + std::string(table) + " WHERE id = $1", {id});
  if (exists.rows.empty()) return Fail(errors.not_found);
  return Fail(Error::Stale());
}

}  // namespace pacte::storage
