#pragma once
// Keeps the pilotage figures computed before anyone asks (a cold pass over a large
// département takes seconds, bench/README.md): the main dashboard of today and of the last
// 31 December, and the values of the computed indicators of today and of the previous year
// ends. Runs at start and every half of [stats] cache_seconds, so today's cached figures are
// replaced before they expire. No job when cache_seconds is 0 (nothing is cached).

#include <optional>

#include "app/config/settings.hpp"
#include "app/stats/indicator_library.hpp"
#include "app/stats/stats_service.hpp"
#include "jobs/job_runner.hpp"

namespace pacte::jobs {

// The services must outlive the job. `years`: previous year ends of the indicators.
std::optional<Job> StatsPrewarmJob(app::StatsService& stats, app::IndicatorLibrary& indicators,
                                   const app::Settings& settings, int years = 6);

}  // namespace pacte::jobs
