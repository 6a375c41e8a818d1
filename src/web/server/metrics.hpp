#pragma once
// Prometheus metrics: request counts and latency histogram per route, database pool use.

#include <array>
#include <map>
#include <mutex>
#include <string>

#include "app/ports/store.hpp"

namespace pacte::web {

class Metrics {
 public:
  void Observe(const std::string& route, int status, double seconds);
  // The Prometheus text exposition of everything observed plus the pool gauges.
  std::string Render(const app::PoolStats& pool) const;

 private:
  static constexpr std::array<double, 10> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025,
                                                   0.05,  0.1,    0.25,  0.5,  1.0};
  struct Series {
    std::map<int, unsigned long long> by_status;
    std::array<unsigned long long, kBuckets.size()> buckets{};
    unsigned long long count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::string, Series> series_;
};

}  // namespace pacte::web
