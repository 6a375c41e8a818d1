#include "jobs/stats_prewarm_job.hpp"

#include <algorithm>

#include <spdlog/spdlog.h>

namespace pacte::jobs {

std::optional<Job> StatsPrewarmJob(app::StatsService& stats, app::IndicatorLibrary& indicators,
                                   const app::Settings& settings, int years) {
  if (settings.stats_cache_seconds <= 0) return std::nullopt;
  const std::chrono::seconds period{std::max(30, settings.stats_cache_seconds / 2)};
  return Job{"statistiques", period, [&stats, &indicators, years] {
               const auto start = std::chrono::steady_clock::now();
               stats.Prewarm();
               indicators.Prewarm(years);
               const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::steady_clock::now() - start)
                                   .count();
               spdlog::info("statistiques : chiffres du pilotage recalculés en {} ms", ms);
             }};
}

}  // namespace pacte::jobs
