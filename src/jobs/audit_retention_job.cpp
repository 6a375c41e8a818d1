#include "jobs/audit_retention_job.hpp"

#include <spdlog/spdlog.h>

#include "app/audit/purge_audit_events.hpp"

namespace pacte::jobs {

Job AuditRetentionJob(app::Store& store, const app::Clock& clock, const app::Settings& settings,
                      std::chrono::seconds period) {
  return Job{"audit-retention", period, [&store, &clock, &settings] {
               auto report = app::PurgeAuditEvents(store, clock, settings);
               if (report) {
                 spdlog::info("journal d'audit : {}", report->Summary());
               } else {
                 spdlog::error("journal d'audit : purge impossible : {}", report.error().message);
               }
             }};
}

}  // namespace pacte::jobs
