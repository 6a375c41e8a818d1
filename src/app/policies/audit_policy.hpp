#pragma once
// Who may read and verify the audit trail: administrators only (deny by default). The
// system actor (CLI, jobs) carries the admin role.

#include "app/policies/actor.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

// True when actor may list audit events and run the integrity check.
bool CanReadAudit(const Actor& actor);

// Ok, or kForbidden with a French message.
Status AuthorizeAuditRead(const Actor& actor);

}  // namespace pacte::app
