#include "storage/sql/connection_pool.hpp"

namespace pacte::storage {

ConnectionPool::ConnectionPool(Factory factory, std::size_t size)
    : factory_(std::move(factory)), size_(size == 0 ? 1 : size) {}

ConnectionPool::Lease::~Lease() {
  if (pool_) pool_->Release(std::move(conn_));
}

ConnectionPool::Lease ConnectionPool::Acquire() {
  std::unique_lock lock(mutex_);
  ++acquisitions_;
  if (idle_.empty() && open_ >= size_) {
    ++waits_;
    available_.wait(lock, [&] { return !idle_.empty() || open_ < size_; });
  }
  ++in_use_;
  if (!idle_.empty()) {
    auto conn = std::move(idle_.back());
    idle_.pop_back();
    return Lease(*this, std::move(conn));
  }
  ++open_;
  lock.unlock();
  try {
    return Lease(*this, factory_());
  } catch (...) {
    std::lock_guard relock(mutex_);
    --open_;
    --in_use_;
    available_.notify_one();
    throw;
  }
}

void ConnectionPool::Release(std::unique_ptr<SqlConnection> conn) {
  std::lock_guard lock(mutex_);
  --in_use_;
  if (conn) {
    idle_.push_back(std::move(conn));
  } else {
    --open_;
  }
  available_.notify_one();
}

app::PoolStats ConnectionPool::Stats() const {
  std::lock_guard lock(mutex_);
  return app::PoolStats{size_, in_use_, acquisitions_, waits_};
}

}  // namespace pacte::storage
