#pragma once
// Mean and median of a set of delays in days (offer figures: prescription → answer, → entry).

#include <optional>
#include <vector>

namespace pacte {

struct DelayStats {
  int count = 0;
  std::optional<double> mean;    // nullopt when there is no delay
  std::optional<double> median;  // middle value; mean of the two middle ones for an even count
};

DelayStats ComputeDelayStats(std::vector<double> days);

// Fill rate used/places; nullopt when places is 0 (nothing offered). May exceed 1 when
// places freed by exits were taken again.
std::optional<double> FillRate(long long used, long long places);

}  // namespace pacte
