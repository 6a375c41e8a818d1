#include "app/accounts/crypto.hpp"
#include "app/accounts/second_factor.hpp"
#include "app/accounts/second_factor_support.hpp"
#include "app/accounts/totp.hpp"
#include "app/audit/record_audit.hpp"
#include "app/policies/agent_policy.hpp"
#include "app/ports/agent_repository.hpp"
#include "app/ports/session_repository.hpp"

namespace pacte::app {

Status VerifySecondFactor(Store& store, const Clock& clock, const Settings& settings,
                          std::string_view session_token, std::string_view code,
                          const ClientInfo& client) {
  Timestamp now = clock.Now();
  return detail::WriteKeepingFailures(store, [&](UnitOfWork& uow) -> std::optional<Error> {
    auto loaded = detail::LoadSessionAgent(uow, session_token);
    if (!loaded) return loaded.error();
    const Agent& agent = loaded->agent;
    auto secrets = uow.Agents().Secrets(agent.id);
    if (!secrets || !secrets->totp_secret) {
      return Error::Conflict("totp.not_enabled",
                             "La double authentification n'est pas activée pour ce compte.");
    }
    auto secret = DecryptSecret(settings.secret_key, *secrets->totp_secret);
    if (!secret) {
      return Error::Conflict("totp.unreadable",
                             "Votre double authentification ne peut pas être vérifiée : demandez "
                             "à un administrateur de la réinitialiser.");
    }
    if (IsLocked(uow, settings, now, AccountKey(agent.email), client.addr)) {
      return LockedError(settings);
    }
    if (!ValidateTotp(*secret, code, now)) {
      detail::RecordCodeFailure(uow, clock, now, agent, client, "session.login_failed");
      return detail::WrongCodeError();
    }
    RecordAttempts(uow, now, AccountKey(agent.email), client.addr, true);
    uow.Sessions().CompleteSecondFactor(loaded->session.id_hash);
    uow.Agents().SetLastLogin(agent.id, now);
    RecordAudit(uow, clock, ActorFor(agent, client), "session.second_factor", "agent",
                std::to_string(agent.id));
    return std::nullopt;
  });
}

Status ResetSecondFactor(Store& store, const Clock& clock, const Actor& actor,
                         std::int64_t agent_id) {
  if (auto allowed = RequireManageAgents(actor); !allowed) return Fail(allowed.error());
  return Write(store, [&](UnitOfWork& uow) -> Status {
    if (!uow.Agents().Find(agent_id)) {
      return Fail(Error::NotFound("agent.not_found", "Agent introuvable."));
    }
    uow.Agents().SetTotpSecret(agent_id, std::nullopt, clock.Now());
    uow.Sessions().DeleteForAgent(agent_id);
    RecordAudit(uow, clock, actor, "agent.totp_reset", "agent", std::to_string(agent_id));
    return {};
  });
}

}  // namespace pacte::app
