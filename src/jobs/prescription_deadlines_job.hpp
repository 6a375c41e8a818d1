#pragma once
// The daily prescription deadlines (app::RunPrescriptionDeadlines): pending prescriptions
// without answer are reminded to their operator after [offer] prescription_reminder_days and
// expire after prescription_expiry_days.

#include <chrono>

#include "app/config/settings.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "jobs/job_runner.hpp"

namespace pacte::jobs {

// A job named "prescriptions" run once per period; store, clock and settings must outlive it.
Job PrescriptionDeadlinesJob(app::Store& store, const app::Clock& clock,
                             const app::Settings& settings,
                             std::chrono::seconds period = std::chrono::hours{24});

}  // namespace pacte::jobs
