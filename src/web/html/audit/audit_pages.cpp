#include "web/html/audit/audit_pages.hpp"

namespace pacte::web {

void RegisterAuditRoutes(Router& /*router*/) {}

}  // namespace pacte::web
