#include "bench_support.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <type_traits>
#include <variant>

namespace pacte::bench {

double MedianMicros(const std::function<void()>& fn, int min_calls, double budget_ms,
                    int max_calls) {
  using Clock = std::chrono::steady_clock;
  fn();
  fn();
  std::vector<double> samples;
  const auto start = Clock::now();
  while (static_cast<int>(samples.size()) < max_calls) {
    const auto t0 = Clock::now();
    fn();
    const auto t1 = Clock::now();
    samples.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    const double elapsed = std::chrono::duration<double, std::milli>(t1 - start).count();
    if (static_cast<int>(samples.size()) >= min_calls && elapsed >= budget_ms) break;
  }
  std::nth_element(samples.begin(), samples.begin() + samples.size() / 2, samples.end());
  return samples[samples.size() / 2];
}

BareDb::BareDb(const std::string& path) {
  if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    throw std::runtime_error("bench: cannot open " + path);
  }
}

BareDb::~BareDb() { sqlite3_close(db_); }

BareDb::Statement::Statement(sqlite3* db, const std::string& sql) {
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt_, nullptr) != SQLITE_OK) {
    throw std::runtime_error(std::string("bench: ") + sqlite3_errmsg(db) + " in " + sql);
  }
}

BareDb::Statement::~Statement() { sqlite3_finalize(stmt_); }

std::int64_t BareDb::Statement::Run(const std::vector<std::string>& params) {
  sqlite3_reset(stmt_);
  for (std::size_t i = 0; i < params.size(); ++i) {
    sqlite3_bind_text(stmt_, static_cast<int>(i + 1), params[i].data(),
                      static_cast<int>(params[i].size()), SQLITE_STATIC);
  }
  std::int64_t rows = 0;
  while (sqlite3_step(stmt_) == SQLITE_ROW) {
    ++rows;
    const int n = sqlite3_column_count(stmt_);
    for (int c = 0; c < n; ++c) sqlite3_column_text(stmt_, c);
  }
  return rows;
}

std::int64_t BareDb::Statement::RunTyped(const storage::SqlParams& params) {
  sqlite3_reset(stmt_);
  for (std::size_t i = 0; i < params.size(); ++i) {
    const std::string name = "$" + std::to_string(i + 1);
    const int index = sqlite3_bind_parameter_index(stmt_, name.c_str());
    if (index == 0) continue;
    std::visit(
        [&](const auto& v) {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, std::nullptr_t>) {
            sqlite3_bind_null(stmt_, index);
          } else if constexpr (std::is_same_v<T, std::int64_t>) {
            sqlite3_bind_int64(stmt_, index, v);
          } else if constexpr (std::is_same_v<T, double>) {
            sqlite3_bind_double(stmt_, index, v);
          } else if constexpr (std::is_same_v<T, bool>) {
            sqlite3_bind_int(stmt_, index, v ? 1 : 0);
          } else {
            sqlite3_bind_text(stmt_, index, v.data(), static_cast<int>(v.size()),
                              SQLITE_TRANSIENT);
          }
        },
        params[i]);
  }
  std::int64_t rows = 0;
  while (sqlite3_step(stmt_) == SQLITE_ROW) {
    ++rows;
    const int n = sqlite3_column_count(stmt_);
    for (int c = 0; c < n; ++c) sqlite3_column_text(stmt_, c);
  }
  return rows;
}

std::vector<std::vector<std::string>> BareDb::Rows(const std::string& sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    throw std::runtime_error(std::string("bench: ") + sqlite3_errmsg(db_) + " in " + sql);
  }
  std::vector<std::vector<std::string>> out;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    std::vector<std::string> row;
    for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
      const auto* text = sqlite3_column_text(stmt, c);
      row.emplace_back(text ? reinterpret_cast<const char*>(text) : "");
    }
    out.push_back(std::move(row));
  }
  sqlite3_finalize(stmt);
  return out;
}

std::string Micros(double us) {
  char buf[32];
  std::snprintf(buf, sizeof buf, us >= 1000 ? "%.0f" : "%.1f", us);
  return buf;
}

std::string Ratio(double num, double den) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", den > 0 ? num / den : 0.0);
  return buf;
}

}  // namespace pacte::bench
