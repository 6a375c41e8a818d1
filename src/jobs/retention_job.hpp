#pragma once
// The periodic anonymisation of people past the retention period (app::RunRetention).

#include <chrono>

#include "app/config/settings.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "jobs/job_runner.hpp"

namespace pacte::jobs {

// A job named "retention" that runs once per period as the system actor and logs the outcome
// in French. store, clock and settings must outlive the job.
Job RetentionJob(app::Store& store, const app::Clock& clock, const app::Settings& settings,
                 std::chrono::seconds period = std::chrono::hours{24});

}  // namespace pacte::jobs
