#include "storage/sql/bulk_insert.hpp"

#include <algorithm>

namespace pacte::storage {

void BulkInsert(SqlConnection& conn, const std::string& table,
                const std::vector<std::string>& columns, const std::vector<SqlParams>& rows) {
  if (rows.empty() || columns.empty()) return;
  const std::size_t width = columns.size();
  const std::size_t per_statement =
      std::max<std::size_t>(1, std::min<std::size_t>(500, conn.dialect().MaxParameters() / width));
  std::string head = "INSERT INTO " + table + " (";
  for (std::size_t c = 0; c < width; ++c) head += (c ? ", " : "") + columns[c];
  head += ") VALUES ";
  for (std::size_t start = 0; start < rows.size(); start += per_statement) {
    const std::size_t count = std::min(per_statement, rows.size() - start);
    std::string sql = head;
    SqlParams params;
    params.reserve(count * width);
    std::size_t n = 0;
    for (std::size_t r = 0; r < count; ++r) {
      sql += r ? ", (" : "(";
      for (std::size_t c = 0; c < width; ++c) {
        sql += (c ? ", $" : "$") + std::to_string(++n);
      }
      sql += ")";
      const SqlParams& row = rows[start + r];
      params.insert(params.end(), row.begin(), row.end());
    }
    conn.Execute(sql, params);
  }
}

std::int64_t NextId(SqlConnection& conn, const std::string& table) {
  auto res = conn.Query("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
  return res.rows.at(0).Int(0);
}

void ResyncIdentity(SqlConnection& conn, const std::string& table) {
  const std::string sql = conn.dialect().ResyncIdentity(table);
  if (!sql.empty()) conn.Query(sql);
}

}  // namespace pacte::storage
