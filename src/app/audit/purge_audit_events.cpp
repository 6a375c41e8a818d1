#include "app/audit/purge_audit_events.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/ports/audit_repository.hpp"
#include "domain/audit/chain_verifier.hpp"
#include "domain/audit/retention.hpp"

namespace pacte::app {
namespace {

PurgeReport DryRun(Store& store, PurgeReport report) {
  return Read(store, [&](UnitOfWork& uow) {
    report.up_to_id = uow.Audit().PurgeableUpTo(report.cutoff);
    report.count = report.up_to_id > 0 ? uow.Audit().CountUpTo(report.up_to_id) : 0;
    return report;
  });
}

AuditPurge PurgeBatch(Store& store, const Clock& clock, Timestamp cutoff,
                      const PurgeOptions& options) {
  return Write(store, [&](UnitOfWork& uow) {
    auto purged = uow.Audit().PurgeOlderThan(cutoff, clock.Now(), options.batch_size);
    if (purged.up_to_id > 0) {
      nlohmann::json details{{"count", purged.count}, {"cutoff", FormatIsoTimestamp(cutoff)}};
      RecordAudit(uow, clock, Actor::System(options.origin), std::string(audit::kPurgeAction),
                  "audit_event", std::to_string(purged.up_to_id), details);
    }
    return purged;
  });
}

}  // namespace

std::string PurgeReport::Summary() const {
  std::string day = FormatFrenchDate(DateOf(cutoff));
  if (count == 0) {
    return std::string(dry_run ? "simulation : " : "") + "aucun événement antérieur au " + day +
           " à purger";
  }
  bool plural = count >= 2;
  std::string events = std::to_string(count) +
                       (plural ? " événements antérieurs" : " événement antérieur") + " au " + day;
  if (dry_run) return "simulation : " + events + (plural ? " seraient purgés" : " serait purgé");
  return events + (plural ? " purgés" : " purgé") + " (jusqu'au n° " + std::to_string(up_to_id) +
         ")";
}

Result<PurgeReport> PurgeAuditEvents(Store& store, const Clock& clock, const Settings& settings,
                                     const PurgeOptions& options) {
  if (settings.audit_retention_months < 1) {
    return Fail(Error::Invalid("audit.retention_invalid",
                               "La durée de conservation du journal d'audit doit être d'au moins "
                               "1 mois.",
                               "audit.retention_months"));
  }
  PurgeReport report;
  report.cutoff = audit::RetentionCutoff(clock.Now(), settings.audit_retention_months);
  report.dry_run = options.dry_run;
  if (options.dry_run) return DryRun(store, report);
  const std::int64_t batch = std::max<std::int64_t>(1, options.batch_size);
  PurgeOptions effective = options;
  effective.batch_size = batch;
  for (;;) {
    auto purged = PurgeBatch(store, clock, report.cutoff, effective);
    if (purged.up_to_id == 0) break;
    report.count += purged.count;
    report.up_to_id = purged.up_to_id;
    if (purged.count < batch) break;
  }
  return report;
}

}  // namespace pacte::app
