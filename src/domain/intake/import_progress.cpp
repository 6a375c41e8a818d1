#include "domain/intake/import_progress.hpp"

#include <algorithm>
#include <cmath>

namespace pacte::intake {

ProgressFigures ComputeProgress(std::int64_t done, std::int64_t total, std::int64_t units,
                                std::int64_t elapsed_seconds) {
  ProgressFigures out;
  done = std::max<std::int64_t>(done, 0);
  elapsed_seconds = std::max<std::int64_t>(elapsed_seconds, 0);
  if (total > 0) {
    out.percent = static_cast<int>(std::min<std::int64_t>(100, done * 100 / total));
  }
  if (elapsed_seconds >= 1) {
    out.units_per_second = static_cast<double>(std::max<std::int64_t>(units, 0)) /
                           static_cast<double>(elapsed_seconds);
  }
  if (total > 0 && done >= total) {
    out.seconds_left = 0;
  } else if (total > 0 && done > 0 && elapsed_seconds >= 1) {
    // The pace of the progress measure (bytes or rows), not of the units: a CAF flux
    // reports bytes read while counting households.
    double left = static_cast<double>(total - done) * static_cast<double>(elapsed_seconds) /
                  static_cast<double>(done);
    out.seconds_left = static_cast<std::int64_t>(std::ceil(left));
  }
  return out;
}

}  // namespace pacte::intake
