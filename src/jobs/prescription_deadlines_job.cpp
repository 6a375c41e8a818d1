#include "jobs/prescription_deadlines_job.hpp"

#include <spdlog/spdlog.h>

#include "app/prescriptions/prescriptions.hpp"

namespace pacte::jobs {

Job PrescriptionDeadlinesJob(app::Store& store, const app::Clock& clock,
                             const app::Settings& settings, std::chrono::seconds period) {
  return Job{"prescriptions", period, [&store, &clock, &settings] {
               const auto r = app::RunPrescriptionDeadlines(store, clock, settings);
               spdlog::info("prescriptions : {} expirée(s), {} relance(s)", r.expired,
                            r.reminded);
             }};
}

}  // namespace pacte::jobs
