#pragma once
// A small thread-safe in-memory cache of computed statistics (dashboards, indicator values),
// keyed by what was asked. An entry lives `fresh_for` after it was computed: the configured
// [stats] cache_seconds for today's figures; a day at least for past dates, whose figures
// (as known at the end of that day) cannot change. Computation happens outside the lock;
// two threads asking the same missing key may both compute it (the last one is kept).

#include <chrono>
#include <map>
#include <mutex>
#include <optional>

#include "domain/common/time.hpp"

namespace pacte::app {

template <class Key, class Value>
class TimedCache {
 public:
  std::optional<Value> Find(const Key& key, Timestamp now) const {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(key);
    if (it == entries_.end() || it->second.expires <= now) return std::nullopt;
    return it->second.value;
  }
  void Put(const Key& key, Value value, Timestamp expires) {
    std::lock_guard lock(mutex_);
    if (entries_.size() >= kMaxEntries) entries_.clear();
    entries_.insert_or_assign(key, Entry{std::move(value), expires});
  }

 private:
  static constexpr std::size_t kMaxEntries = 256;
  struct Entry {
    Value value;
    Timestamp expires;
  };
  mutable std::mutex mutex_;
  std::map<Key, Entry> entries_;
};

// How long figures computed at `now` for `as_of` stay cached (0: not cached).
inline std::chrono::seconds CacheLifetime(Date as_of, Timestamp now, int cache_seconds) {
  if (cache_seconds <= 0) return std::chrono::seconds{0};
  const std::chrono::seconds configured{cache_seconds};
  if (as_of < DateOf(now)) return std::max(configured, std::chrono::seconds{86400});
  return configured;
}

}  // namespace pacte::app
