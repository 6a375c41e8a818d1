#include "domain/offer/delay_stats.hpp"

#include <algorithm>
#include <numeric>

namespace pacte {

DelayStats ComputeDelayStats(std::vector<double> days) {
  DelayStats out;
  out.count = static_cast<int>(days.size());
  if (days.empty()) return out;
  std::sort(days.begin(), days.end());
  out.mean = std::accumulate(days.begin(), days.end(), 0.0) / static_cast<double>(days.size());
  const std::size_t mid = days.size() / 2;
  out.median = days.size() % 2 == 1 ? days[mid] : (days[mid - 1] + days[mid]) / 2;
  return out;
}

std::optional<double> FillRate(long long used, long long places) {
  if (places <= 0) return std::nullopt;
  return static_cast<double>(used) / static_cast<double>(places);
}

}  // namespace pacte
