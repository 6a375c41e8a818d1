#pragma once
// Progress of a running import as shown to people: percentage, throughput and time left,
// computed from the journal's counters (pure arithmetic, no clock: the caller gives the
// elapsed time).

#include <cstdint>
#include <optional>

namespace pacte::intake {

struct ProgressFigures {
  // 0–100, nullopt when the total is unknown (0). Never above 100.
  std::optional<int> percent;
  // Units (households or rows) per second; nullopt before one second has elapsed.
  std::optional<double> units_per_second;
  // Seconds left at the current pace; nullopt when the pace or the total is unknown, 0 when
  // everything is read.
  std::optional<std::int64_t> seconds_left;
};

// done / total: progress measure (bytes or rows); units: households or rows handled;
// elapsed_seconds: since the run started (negative counts as 0).
ProgressFigures ComputeProgress(std::int64_t done, std::int64_t total, std::int64_t units,
                                std::int64_t elapsed_seconds);

}  // namespace pacte::intake
