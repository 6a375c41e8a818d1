#include "jobs/retention_job.hpp"

#include <spdlog/spdlog.h>

#include "app/personal_data/retention.hpp"

namespace pacte::jobs {

Job RetentionJob(app::Store& store, const app::Clock& clock, const app::Settings& settings,
                 std::chrono::seconds period) {
  return Job{"retention", period, [&store, &clock, &settings] {
               auto report =
                   app::RunRetention(store, clock, settings, app::Actor::System("job"), {});
               if (report) {
                 spdlog::info("conservation des données : {}", report->Summary());
               } else {
                 spdlog::error("conservation des données : anonymisation impossible : {}",
                               report.error().message);
               }
             }};
}

}  // namespace pacte::jobs
