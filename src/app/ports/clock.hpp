#pragma once
// The clock seam: every "now" in pacte comes from here, so tests can fix or move time.

#include <atomic>

#include "domain/common/time.hpp"

namespace pacte::app {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Timestamp Now() const = 0;
  Date Today() const { return DateOf(Now()); }
};

class SystemClock final : public Clock {
 public:
  Timestamp Now() const override;
};

// A clock tests set and move by hand. Thread-safe.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(Timestamp start) : now_(start.time_since_epoch().count()) {}
  Timestamp Now() const override { return Timestamp{std::chrono::seconds{now_.load()}}; }
  void Set(Timestamp t) { now_ = t.time_since_epoch().count(); }
  void Advance(std::chrono::seconds d) { now_ += d.count(); }

 private:
  std::atomic<long long> now_;
};

}  // namespace pacte::app
