#pragma once
// GET /admin/agents: search by name or e-mail, filter by role and status, paginated.

#include "web/server/context.hpp"

namespace pacte::web {

// Query: q (name or e-mail), role (code), actif ("oui" / "non"), page, taille.
HttpResponse AgentListPage(RequestContext& ctx);

}  // namespace pacte::web
