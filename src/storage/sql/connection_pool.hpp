#pragma once
// A fixed-size pool of connections. Acquire blocks until one is free; the lease returns it.
// A connection whose transaction threw is discarded and reopened on next use.

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "app/ports/store.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class ConnectionPool {
 public:
  using Factory = std::function<std::unique_ptr<SqlConnection>()>;
  ConnectionPool(Factory factory, std::size_t size);

  class Lease {
   public:
    Lease(ConnectionPool& pool, std::unique_ptr<SqlConnection> conn)
        : pool_(&pool), conn_(std::move(conn)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = default;
    ~Lease();
    SqlConnection& operator*() { return *conn_; }
    SqlConnection* operator->() { return conn_.get(); }
    // Drops the connection instead of returning it (after an infrastructure failure).
    void Discard() { conn_.reset(); }

   private:
    ConnectionPool* pool_;
    std::unique_ptr<SqlConnection> conn_;
  };

  Lease Acquire();
  app::PoolStats Stats() const;

 private:
  void Release(std::unique_ptr<SqlConnection> conn);

  Factory factory_;
  std::size_t size_;
  mutable std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<SqlConnection>> idle_;
  std::size_t open_ = 0;  // connections existing (idle or leased)
  std::size_t in_use_ = 0;
  std::uint64_t acquisitions_ = 0;
  std::uint64_t waits_ = 0;
};

}  // namespace pacte::storage
