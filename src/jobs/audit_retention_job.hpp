#pragma once
// The periodic purge of audit events past their retention period (app::PurgeAuditEvents).

#include <chrono>

#include "app/config/settings.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "jobs/job_runner.hpp"

namespace pacte::jobs {

// A job named "audit-retention" that purges once per period and logs the outcome in French.
// store, clock and settings must outlive the job.
Job AuditRetentionJob(app::Store& store, const app::Clock& clock, const app::Settings& settings,
                      std::chrono::seconds period = std::chrono::hours{24});

}  // namespace pacte::jobs
