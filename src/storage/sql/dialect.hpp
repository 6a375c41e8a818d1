#pragma once
// Every difference between SQLite and PostgreSQL SQL, as named functions. Repositories and
// migrations use these instead of testing which backend they run on.

#include <cstddef>
#include <string>
#include <string_view>

namespace pacte::storage {

class Dialect {
 public:
  enum class Kind { kSqlite, kPostgres };
  explicit Dialect(Kind kind) : kind_(kind) {}
  Kind kind() const { return kind_; }
  std::string_view Name() const;

  // Column definition of an auto-generated integer primary key.
  std::string_view IdentityPrimaryKey() const;
  // Statement opening a write transaction (SQLite takes the write lock at once).
  std::string_view BeginWrite() const;
  // Suffix locking selected rows until commit (PostgreSQL FOR UPDATE; SQLite already holds
  // the database write lock in a write transaction).
  std::string_view ForUpdate() const;
  // Whole days from date expression a to b (ISO text dates).
  std::string DaysBetween(std::string_view a, std::string_view b) const;
  // Takes an exclusive lock held until the end of the transaction, serialising migrations
  // across application servers. Empty on SQLite.
  std::string_view MigrationLock() const;
  // After rows were inserted with explicit ids: the statement that moves the table's identity
  // past its largest id (PostgreSQL sequence); empty on SQLite, whose AUTOINCREMENT follows.
  std::string ResyncIdentity(std::string_view table) const;
  // The largest number of bound parameters one statement may carry.
  std::size_t MaxParameters() const;
  // Whether `column LIKE 'prefix%'` needs the byte range column >= prefix AND column <
  // prefix || x'FF' beside it to be served by a plain index: true on SQLite, whose LIKE
  // optimisation requires a NOCASE index; false on PostgreSQL, whose text order follows the
  // database collation, where such a byte range is not a prefix range.
  bool LikePrefixNeedsRange() const;
  // 1-based position of the first occurrence of `needle` in `haystack` (0 when absent), both
  // SQL expressions: SQLite instr(h, n), PostgreSQL strpos(h, n).
  std::string TextPosition(std::string_view haystack, std::string_view needle) const;
  // Expands the dialect tokens of a migration script ({{id}}).
  std::string ExpandMigration(std::string_view script) const;

 private:
  Kind kind_;
};

}  // namespace pacte::storage
