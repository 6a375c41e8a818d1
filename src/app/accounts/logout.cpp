#include "app/accounts/logout.hpp"

#include "app/accounts/crypto.hpp"
#include "app/audit/record_audit.hpp"
#include "app/ports/session_repository.hpp"

namespace pacte::app {

void Logout(Store& store, const Clock& clock, const Actor& actor, std::string_view token) {
  std::string id_hash = Sha256Hex(token);
  Write(store, [&](UnitOfWork& uow) {
    auto session = uow.Sessions().Find(id_hash);
    if (!session) return true;
    uow.Sessions().Delete(id_hash);
    RecordAudit(uow, clock, actor, "session.logout", "agent", std::to_string(session->agent_id));
    return true;
  });
}

}  // namespace pacte::app
