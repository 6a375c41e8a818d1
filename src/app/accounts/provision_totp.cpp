#include "app/accounts/provision_totp.hpp"

#include "app/accounts/crypto.hpp"
#include "app/accounts/totp.hpp"
#include "app/audit/record_audit.hpp"
#include "app/policies/agent_policy.hpp"
#include "app/ports/agent_repository.hpp"

namespace pacte::app {

Status ProvisionTotp(Store& store, const Clock& clock, const Settings& settings,
                     const Actor& actor, std::int64_t agent_id, std::string_view secret) {
  if (auto allowed = RequireManageAgents(actor); !allowed) return allowed;
  if (secret.size() != kTotpSecretBytes) {
    return Fail(Error::Invalid("totp.secret_length", "La clé TOTP doit compter 20 octets.",
                               "secret"));
  }
  return Write(store, [&](UnitOfWork& uow) -> Status {
    if (!uow.Agents().Find(agent_id)) {
      return Fail(Error::NotFound("agent.not_found", "Agent introuvable."));
    }
    uow.Agents().SetTotpSecret(agent_id, EncryptSecret(settings.secret_key, secret),
                               clock.Now());
    RecordAudit(uow, clock, actor, "agent.totp_provision", "agent", std::to_string(agent_id));
    return {};
  });
}

}  // namespace pacte::app
