#include "domain/stats/distribution.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pacte::stats {

DelaySummary Summarize(std::vector<long> days) {
  DelaySummary s;
  s.count = static_cast<long long>(days.size());
  if (days.empty()) return s;
  std::sort(days.begin(), days.end());
  const double sum = std::accumulate(days.begin(), days.end(), 0.0);
  const std::size_t n = days.size();
  s.mean = sum / static_cast<double>(n);
  s.median = n % 2 == 1 ? static_cast<double>(days[n / 2])
                        : (static_cast<double>(days[n / 2 - 1]) + days[n / 2]) / 2.0;
  // Nearest rank, computed in integers (0.9 × n in floating point is not exact).
  const std::size_t rank = (9 * n + 9) / 10;
  s.p90 = static_cast<double>(days[std::max<std::size_t>(rank, 1) - 1]);
  return s;
}

}  // namespace pacte::stats
