#pragma once
// JSON API of the audit trail: GET /api/v1/audit-events (admins only).

#include "web/server/router.hpp"

namespace pacte::web {

// Query parameters: agent_id, action (prefix), object_type, object_id, from, to
// (YYYY-MM-DD, inclusive), page, page_size (1–200). Unknown or invalid parameters → 422
// naming each; non-admins → 403. Answer: {"items", "page", "page_size", "total"}, newest
// first. Each call is recorded as an "audit.read" event.
void RegisterAuditApi(Router& router);

}  // namespace pacte::web
