#pragma once
// A minimal SQL connection both backends implement. SQL is written once with $1, $2…
// placeholders; what differs between SQLite and PostgreSQL is a named function of Dialect.

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "app/ports/store.hpp"
#include "storage/sql/dialect.hpp"

namespace pacte::storage {

using SqlParam = std::variant<std::nullptr_t, std::int64_t, double, std::string, bool>;
using SqlParams = std::vector<SqlParam>;

// Helpers to bind optional values.
template <class T>
SqlParam Opt(const std::optional<T>& v) {
  if (!v) return nullptr;
  if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
    return static_cast<std::int64_t>(*v);
  } else {
    return *v;
  }
}

// One result row, materialised as text (NULL = nullopt).
class SqlRow {
 public:
  explicit SqlRow(std::vector<std::optional<std::string>> cells) : cells_(std::move(cells)) {}
  bool IsNull(std::size_t i) const { return !cells_.at(i).has_value(); }
  const std::string& Text(std::size_t i) const;  // "" for NULL
  std::optional<std::string> OptText(std::size_t i) const { return cells_.at(i); }
  std::int64_t Int(std::size_t i) const;  // 0 for NULL
  std::optional<std::int64_t> OptInt(std::size_t i) const;
  double Double(std::size_t i) const;
  bool Bool(std::size_t i) const;  // accepts 1/0 (SQLite) and t/f (PostgreSQL)
  std::size_t size() const { return cells_.size(); }

 private:
  std::vector<std::optional<std::string>> cells_;
};

struct SqlResult {
  std::vector<SqlRow> rows;
  std::int64_t affected = 0;  // rows changed by INSERT/UPDATE/DELETE
};

// Thrown on any database failure (connection lost, constraint violation, syntax error).
// A unique-constraint violation is reported with is_unique_violation so repositories can
// turn it into a business conflict.
class SqlError : public std::runtime_error {
 public:
  SqlError(const std::string& what, bool unique_violation = false)
      : std::runtime_error(what), unique_violation_(unique_violation) {}
  bool IsUniqueViolation() const { return unique_violation_; }

 private:
  bool unique_violation_;
};

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  // Runs one statement with bound parameters; prepared statements are cached per connection.
  virtual SqlResult Query(std::string_view sql, const SqlParams& params = {}) = 0;
  std::int64_t Execute(std::string_view sql, const SqlParams& params = {}) {
    return Query(sql, params).affected;
  }
  // Runs several statements without parameters (migrations).
  virtual void ExecScript(std::string_view sql) = 0;
  virtual void Begin(app::TxMode mode) = 0;
  virtual void Commit() = 0;
  virtual void Rollback() = 0;
  virtual const Dialect& dialect() const = 0;
};

}  // namespace pacte::storage
