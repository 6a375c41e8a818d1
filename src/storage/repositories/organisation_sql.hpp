#pragma once
// Small SQL-building helpers shared by the territory, institution and structure repositories:
// a WHERE clause assembled from the filters actually present (so no "$1 IS NULL" tricks,
// which PostgreSQL cannot type), and LIKE patterns built from search keys.

#include <string>
#include <vector>

#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlConditions {
 public:
  // Adds a condition; each "?" in `condition` becomes the next $n, bound to the next value.
  void Add(const std::string& condition, std::vector<SqlParam> values = {});
  // " WHERE a AND b" or "" when no condition was added.
  std::string Where() const;
  const SqlParams& params() const { return params_; }
  // The placeholder for a value appended after the conditions ("$4").
  std::string Next(SqlParam value);

 private:
  std::vector<std::string> conditions_;
  SqlParams params_;
};

// A LIKE pattern matching `key` anywhere, with %, _ and \ escaped (use with ESCAPE '\').
std::string LikeContains(const std::string& key);
// A LIKE pattern matching values starting with `prefix`, escaped likewise.
std::string LikePrefix(const std::string& prefix);

// The condition "`column` starts with `key`" (a search key: lower-case ASCII, see SearchKey)
// with `?` placeholders, its values appended to `values` in placeholder order. Where the
// dialect's LIKE cannot use an index (LikePrefixNeedsRange), the LIKE is narrowed by the
// byte range of the prefix, which an index on `column` serves: same rows, no full scan.
std::string KeyPrefixCondition(const Dialect& dialect, const std::string& column,
                               const std::string& key, SqlParams& values);

}  // namespace pacte::storage
