#pragma once
// The database seam. A use case runs inside one transaction through Store::Transact and
// reaches its data through the repositories of the UnitOfWork. The storage layer implements
// both for SQLite and PostgreSQL (storage/sql_store.hpp).

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <type_traits>

#include "app/ports/unit_of_work.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

enum class TxMode {
  kRead,   // no writes: may run without a transaction on PostgreSQL
  kWrite,  // one atomic write transaction (SQLite: BEGIN IMMEDIATE)
};

struct PoolStats {
  std::size_t size = 0;
  std::size_t in_use = 0;
  std::uint64_t acquisitions = 0;
  std::uint64_t waits = 0;  // acquisitions that had to wait for a free connection
};

class Store {
 public:
  virtual ~Store() = default;
  // Runs fn in one transaction. Commits when fn returns true; rolls back when it returns
  // false or throws (the exception is rethrown). Infrastructure failures throw.
  virtual void Transact(TxMode mode, const std::function<bool(UnitOfWork&)>& fn) = 0;
  // True when the database answers a trivial query.
  virtual bool Ping() = 0;
  virtual PoolStats Stats() const = 0;
  // "sqlite" or "postgresql".
  virtual std::string_view Backend() const = 0;
};

namespace detail {
template <class R>
bool Succeeded(const R& r) {
  if constexpr (requires { r.has_value(); }) {
    return r.has_value();
  } else {
    return true;
  }
}
}  // namespace detail

// Runs fn(UnitOfWork&) in one transaction and returns what it returns. When fn returns a
// Result/Status holding an error, the transaction is rolled back.
template <class F>
auto InTransaction(Store& store, TxMode mode, F&& fn) -> std::invoke_result_t<F, UnitOfWork&> {
  using R = std::invoke_result_t<F, UnitOfWork&>;
  std::optional<R> out;
  store.Transact(mode, [&](UnitOfWork& uow) {
    out.emplace(fn(uow));
    return detail::Succeeded(*out);
  });
  return std::move(*out);
}

template <class F>
auto Read(Store& store, F&& fn) {
  return InTransaction(store, TxMode::kRead, std::forward<F>(fn));
}

template <class F>
auto Write(Store& store, F&& fn) {
  return InTransaction(store, TxMode::kWrite, std::forward<F>(fn));
}

}  // namespace pacte::app
