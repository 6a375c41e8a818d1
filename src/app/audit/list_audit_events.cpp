#include "app/audit/list_audit_events.hpp"

#include <nlohmann/json.hpp>

#include "app/audit/audit_filter.hpp"
#include "app/audit/record_audit.hpp"
#include "app/policies/audit_policy.hpp"

namespace pacte::app {

Result<PageOf<AuditEvent>> ListAuditEvents(Store& store, const Clock& clock, const Actor& actor,
                                           const AuditSearch& search, const PageRequest& page) {
  if (auto allowed = AuthorizeAuditRead(actor); !allowed) return Fail(allowed.error());
  return Write(store, [&](UnitOfWork& uow) -> Result<PageOf<AuditEvent>> {
    auto found = uow.Audit().Search(search, page);
    nlohmann::json details{{"filters", AuditSearchJson(search)},
                           {"page", found.number},
                           {"returned", found.items.size()}};
    RecordAudit(uow, clock, actor, "audit.read", "audit_event", "", details);
    return found;
  });
}

}  // namespace pacte::app
