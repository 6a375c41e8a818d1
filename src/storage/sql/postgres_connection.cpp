#include "storage/sql/postgres_connection.hpp"

#include <cstring>

#include <libpq-fe.h>

namespace pacte::storage {
namespace {

struct ResultGuard {
  PGresult* res;
  ~ResultGuard() { PQclear(res); }
};

[[noreturn]] void ThrowResult(PGresult* res, const std::string& context) {
  const char* state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
  bool unique = state != nullptr && std::strcmp(state, "23505") == 0;
  throw SqlError(context + ": " + PQresultErrorMessage(res), unique);
}

std::optional<std::string> ToText(const SqlParam& p) {
  return std::visit(
      [](const auto& v) -> std::optional<std::string> {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::nullptr_t>) {
          return std::nullopt;
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          return std::to_string(v);
        } else if constexpr (std::is_same_v<T, double>) {
          char buf[64];
          std::snprintf(buf, sizeof buf, "%.17g", v);
          return std::string(buf);
        } else if constexpr (std::is_same_v<T, bool>) {
          return std::string(v ? "true" : "false");
        } else {
          return v;
        }
      },
      p);
}

}  // namespace

PostgresConnection::PostgresConnection(const std::string& url) {
  conn_ = PQconnectdb(url.c_str());
  if (PQstatus(conn_) != CONNECTION_OK) {
    std::string msg = PQerrorMessage(conn_);
    PQfinish(conn_);
    conn_ = nullptr;
    throw SqlError("connexion PostgreSQL impossible : " + msg);
  }
  ExecScript("SET client_min_messages = warning; SET TIME ZONE 'UTC'");
}

PostgresConnection::~PostgresConnection() {
  if (conn_) PQfinish(conn_);
}

bool PostgresConnection::IsHealthy() const { return conn_ && PQstatus(conn_) == CONNECTION_OK; }

const std::string& PostgresConnection::Prepare(std::string_view sql) {
  auto it = statements_.find(std::string(sql));
  if (it != statements_.end()) return it->second;
  std::string name = "s" + std::to_string(statements_.size() + 1);
  ResultGuard g{PQprepare(conn_, name.c_str(), std::string(sql).c_str(), 0, nullptr)};
  if (PQresultStatus(g.res) != PGRES_COMMAND_OK) {
    ThrowResult(g.res, "préparation de « " + std::string(sql) + " »");
  }
  return statements_.emplace(std::string(sql), name).first->second;
}

SqlResult PostgresConnection::Query(std::string_view sql, const SqlParams& params) {
  const std::string& name = Prepare(sql);
  std::vector<std::optional<std::string>> texts;
  texts.reserve(params.size());
  for (const auto& p : params) texts.push_back(ToText(p));
  std::vector<const char*> values;
  values.reserve(texts.size());
  for (const auto& t : texts) values.push_back(t ? t->c_str() : nullptr);
  ResultGuard g{PQexecPrepared(conn_, name.c_str(), static_cast<int>(values.size()),
                               values.data(), nullptr, nullptr, 0)};
  auto status = PQresultStatus(g.res);
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
    ThrowResult(g.res, "exécution de « " + std::string(sql) + " »");
  }
  SqlResult result;
  int rows = PQntuples(g.res);
  int cols = PQnfields(g.res);
  result.rows.reserve(static_cast<std::size_t>(rows));
  for (int r = 0; r < rows; ++r) {
    std::vector<std::optional<std::string>> cells;
    cells.reserve(static_cast<std::size_t>(cols));
    for (int c = 0; c < cols; ++c) {
      if (PQgetisnull(g.res, r, c)) {
        cells.emplace_back(std::nullopt);
      } else {
        cells.emplace_back(std::string(PQgetvalue(g.res, r, c),
                                       static_cast<std::size_t>(PQgetlength(g.res, r, c))));
      }
    }
    result.rows.emplace_back(std::move(cells));
  }
  const char* affected = PQcmdTuples(g.res);
  result.affected = (affected && *affected) ? std::stoll(affected) : 0;
  return result;
}

void PostgresConnection::ExecScript(std::string_view sql) {
  ResultGuard g{PQexec(conn_, std::string(sql).c_str())};
  auto status = PQresultStatus(g.res);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) ThrowResult(g.res, "PostgreSQL");
}

void PostgresConnection::Begin(app::TxMode mode) {
  // Reads run in autocommit: each statement sees committed data, which is what read use
  // cases need, and saves two round trips (guides/stack.md: nontransaction is the fast path).
  if (mode == app::TxMode::kRead) return;
  ExecScript(dialect_.BeginWrite());
  in_transaction_ = true;
}

void PostgresConnection::Commit() {
  if (!in_transaction_) return;
  in_transaction_ = false;
  ExecScript("COMMIT");
}

void PostgresConnection::Rollback() {
  if (!in_transaction_) return;
  in_transaction_ = false;
  if (PQstatus(conn_) == CONNECTION_OK) ExecScript("ROLLBACK");
}

}  // namespace pacte::storage
