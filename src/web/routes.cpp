#include "web/routes.hpp"

#include "web/html/auth/auth_pages.hpp"
#include "web/html/agents/agent_pages.hpp"
#include "web/html/territory/territory_pages.hpp"
#include "web/html/organisations/organisation_pages.hpp"
#include "web/html/audit/audit_pages.hpp"
#include "web/html/system/system_pages.hpp"
#include "web/html/worklists/worklist_pages.hpp"

namespace pacte::web {

Router BuildRouter() {
  Router router;
  RegisterSystemRoutes(router);
  RegisterAuthRoutes(router);
  RegisterAgentRoutes(router);
  RegisterTerritoryRoutes(router);
  RegisterOrganisationRoutes(router);
  RegisterAuditRoutes(router);
  RegisterWorklistRoutes(router);
  return router;
}

}  // namespace pacte::web
