#include "app/accounts/second_factor_support.hpp"

#include "app/accounts/crypto.hpp"
#include "app/audit/record_audit.hpp"
#include "app/ports/agent_repository.hpp"

namespace pacte::app::detail {

Result<SessionAgent> LoadSessionAgent(UnitOfWork& uow, std::string_view session_token) {
  if (!IsLowerHex(session_token, 64)) return Fail(SessionExpiredError());
  auto session = uow.Sessions().Find(Sha256Hex(session_token));
  if (!session) return Fail(SessionExpiredError());
  auto agent = uow.Agents().Find(session->agent_id);
  if (!agent || !agent->active) return Fail(SessionExpiredError());
  return SessionAgent{std::move(*session), std::move(*agent)};
}

Error WrongCodeError() {
  return Error::Invalid("totp.invalid_code",
                        "Code incorrect ou expiré : saisissez le code à 6 chiffres affiché par "
                        "votre application.",
                        "code");
}

void RecordCodeFailure(UnitOfWork& uow, const Clock& clock, Timestamp now, const Agent& agent,
                       const ClientInfo& client, const char* action) {
  RecordAttempts(uow, now, AccountKey(agent.email), client.addr, false);
  RecordAudit(uow, clock, ActorFor(agent, client), action, "agent", std::to_string(agent.id),
              {{"reason", "bad_code"}});
}

}  // namespace pacte::app::detail
