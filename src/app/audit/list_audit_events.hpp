#pragma once
// Use case: an administrator browses the audit trail.

#include "app/policies/actor.hpp"
#include "app/ports/audit_repository.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/paging.hpp"
#include "app/ports/store.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

// One page of the events matching search, newest first. Admins only (kForbidden otherwise).
// Reading the trail is itself recorded, in the same transaction, as "audit.read" on
// object type "audit_event" with the filters and page number as details.
Result<PageOf<AuditEvent>> ListAuditEvents(Store& store, const Clock& clock, const Actor& actor,
                                           const AuditSearch& search, const PageRequest& page);

}  // namespace pacte::app
