#include "app/audit/record_audit.hpp"

#include "app/ports/audit_repository.hpp"

namespace pacte::app {

void RecordAudit(UnitOfWork& uow, const Clock& clock, const Actor& actor, std::string action,
                 std::string object_type, std::string object_id, const nlohmann::json& details) {
  AuditEvent e;
  e.at = clock.Now();
  if (!actor.IsSystem()) e.agent_id = actor.agent_id;
  e.action = std::move(action);
  e.object_type = std::move(object_type);
  e.object_id = std::move(object_id);
  e.client_addr = actor.client_addr;
  e.request_id = actor.request_id;
  e.details = details.is_null() ? "{}" : details.dump();
  uow.Audit().Append(std::move(e));
}

}  // namespace pacte::app
