#pragma once
// Use case: delete audit events past their retention period (settings.audit_retention_months,
// CNIL: 6 to 12 months), keeping the rest of the chain verifiable.

#include <cstdint>
#include <string>

#include "app/config/settings.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte::app {

struct PurgeOptions {
  bool dry_run = false;                // count only, change nothing
  std::int64_t batch_size = 50'000;    // events deleted per transaction
  std::string origin = "audit-retention";  // request id of the system actor recording it
};

struct PurgeReport {
  Timestamp cutoff{};         // events strictly older than this were purged
  std::int64_t count = 0;     // events purged (or that would be, on a dry run)
  std::int64_t up_to_id = 0;  // last purged id (0: none)
  bool dry_run = false;
  // French one-liner: "3 événements antérieurs au 27/11/2025 purgés (jusqu'au n° 3)".
  std::string Summary() const;
};

// Deletes the events older than the retention cutoff (audit::RetentionCutoff), oldest first,
// by batches of options.batch_size, each batch in one transaction that also records its
// anchor in audit_purges and an "audit.purge" event (system actor; object_type "audit_event",
// object_id = up_to_id; details: count and cutoff). Nothing is written when nothing is old
// enough, or on a dry run. kInvalid when audit_retention_months < 1.
Result<PurgeReport> PurgeAuditEvents(Store& store, const Clock& clock, const Settings& settings,
                                     const PurgeOptions& options = {});

}  // namespace pacte::app
