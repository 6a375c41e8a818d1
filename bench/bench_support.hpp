#pragma once
// Timing and bare-SQL helpers of pacte_bench.

#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "storage/sql/sql_connection.hpp"

namespace pacte::bench {

// Median wall time of one call of fn, in microseconds: two warm-up calls, then calls until
// at least min_calls were made and budget_ms elapsed (at most max_calls).
double MedianMicros(const std::function<void()>& fn, int min_calls = 15, double budget_ms = 300,
                    int max_calls = 2000);

// A read-only sqlite3 connection on the bench database, separate from the store's pool.
class BareDb {
 public:
  explicit BareDb(const std::string& path);
  ~BareDb();
  BareDb(const BareDb&) = delete;
  BareDb& operator=(const BareDb&) = delete;

  // One statement prepared once; Run binds the parameters (text or integer, positional),
  // steps every row reading every column as text (as the application's connection does)
  // and returns the row count.
  class Statement {
   public:
    Statement(sqlite3* db, const std::string& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    std::int64_t Run(const std::vector<std::string>& params);
    // The same with the application's typed parameters, bound by name ($1, $2…) so that a
    // statement may use them in any order, as the application's connection does.
    std::int64_t RunTyped(const storage::SqlParams& params);

   private:
    sqlite3_stmt* stmt_ = nullptr;
  };

  Statement Prepare(const std::string& sql) { return Statement(db_, sql); }
  // Rows of a one-off query as text (setup only, not timed).
  std::vector<std::vector<std::string>> Rows(const std::string& sql);

 private:
  sqlite3* db_ = nullptr;
};

// "12.3" style formatting of microseconds, and of a ratio.
std::string Micros(double us);
std::string Ratio(double num, double den);

}  // namespace pacte::bench
