#pragma once
// Multi-row INSERT for bulk loads: rows are sent in statements of as many rows as the
// dialect's parameter limit allows (at most 500), each statement prepared once per size.

#include <string>
#include <vector>

#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

// Inserts `rows` (each with columns.size() values, in that order) into `table`.
void BulkInsert(SqlConnection& conn, const std::string& table,
                const std::vector<std::string>& columns, const std::vector<SqlParams>& rows);

// The next free id of `table` (largest id + 1, 1 when empty), for explicit-id loads.
std::int64_t NextId(SqlConnection& conn, const std::string& table);

// After an explicit-id load: keeps the table's identity past the largest id.
void ResyncIdentity(SqlConnection& conn, const std::string& table);

}  // namespace pacte::storage
