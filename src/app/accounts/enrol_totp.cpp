#include "app/accounts/crypto.hpp"
#include "app/accounts/second_factor.hpp"
#include "app/accounts/second_factor_support.hpp"
#include "app/accounts/totp.hpp"
#include "app/audit/record_audit.hpp"
#include "app/ports/agent_repository.hpp"

namespace pacte::app {
namespace {

Error AlreadyEnabled() {
  return Error::Conflict("totp.already_enabled", "La double authentification est déjà activée.");
}

}  // namespace

Result<TotpEnrolment> StartTotpEnrolment(Store& store, const Clock&, const Settings& settings,
                                         std::string_view session_token) {
  return Write(store, [&](UnitOfWork& uow) -> Result<TotpEnrolment> {
    auto loaded = detail::LoadSessionAgent(uow, session_token);
    if (!loaded) return Fail(loaded.error());
    if (loaded->agent.totp_enabled) return Fail(AlreadyEnabled());
    std::optional<std::string> secret;
    if (loaded->session.pending_totp_secret) {
      secret = DecryptSecret(settings.secret_key, *loaded->session.pending_totp_secret);
    }
    if (!secret) {
      secret = NewTotpSecret();
      uow.Sessions().SetPendingTotp(loaded->session.id_hash,
                                    EncryptSecret(settings.secret_key, *secret));
    }
    return TotpEnrolment{TotpBase32(*secret), TotpUri(loaded->agent.email, *secret)};
  });
}

Status ConfirmTotpEnrolment(Store& store, const Clock& clock, const Settings& settings,
                            std::string_view session_token, std::string_view code,
                            const ClientInfo& client) {
  Timestamp now = clock.Now();
  return detail::WriteKeepingFailures(store, [&](UnitOfWork& uow) -> std::optional<Error> {
    auto loaded = detail::LoadSessionAgent(uow, session_token);
    if (!loaded) return loaded.error();
    const Agent& agent = loaded->agent;
    if (agent.totp_enabled) return AlreadyEnabled();
    std::optional<std::string> secret;
    if (loaded->session.pending_totp_secret) {
      secret = DecryptSecret(settings.secret_key, *loaded->session.pending_totp_secret);
    }
    if (!secret) {
      return Error::Conflict("totp.nothing_pending",
                             "Aucune activation en cours : rechargez la page.");
    }
    if (IsLocked(uow, settings, now, AccountKey(agent.email), client.addr)) {
      return LockedError(settings);
    }
    if (!ValidateTotp(*secret, code, now)) {
      detail::RecordCodeFailure(uow, clock, now, agent, client, "agent.totp_enable_failed");
      return detail::WrongCodeError();
    }
    uow.Agents().SetTotpSecret(agent.id, EncryptSecret(settings.secret_key, *secret), now);
    bool was_pending = !loaded->session.second_factor_done;
    uow.Sessions().CompleteSecondFactor(loaded->session.id_hash);
    if (was_pending) {
      RecordAttempts(uow, now, AccountKey(agent.email), client.addr, true);
      uow.Agents().SetLastLogin(agent.id, now);
    }
    RecordAudit(uow, clock, ActorFor(agent, client), "agent.totp_enable", "agent",
                std::to_string(agent.id));
    return std::nullopt;
  });
}

}  // namespace pacte::app
