#include "app/accounts/account_support.hpp"
#include "app/ports/territory_repository.hpp"
#include "app/ports/structure_repository.hpp"

#include "app/accounts/crypto.hpp"
#include "app/ports/credential_repository.hpp"
#include "domain/common/text.hpp"

namespace pacte::app {

LockoutRule LockoutRuleOf(const Settings& s) {
  return LockoutRule{s.lockout_failures, s.lockout_window, s.lockout_window};
}

HashCost HashCostOf(const Settings& s) {
  return ParseHashCost(s.password_hash_cost).value_or(HashCost::kInteractive);
}

Error BadCredentialsError() {
  return Error{ErrorKind::kUnauthenticated,
               "auth.bad_credentials",
               "Adresse e-mail ou mot de passe incorrect.",
               {}};
}

Error LockedError(const Settings& s) {
  return Error{ErrorKind::kLocked,
               "auth.locked",
               "Trop de tentatives : réessayez dans " + std::to_string(s.lockout_window.count()) +
                   " minutes.",
               {}};
}

Error SessionExpiredError() {
  return Error{ErrorKind::kUnauthenticated,
               "auth.session_expired",
               "Votre session a expiré : reconnectez-vous.",
               {}};
}

std::string AccountKey(std::string_view email) {
  auto normalized = NormalizeEmail(email);
  return Sha256Hex(normalized ? *normalized : SearchKey(email));
}

bool IsLocked(UnitOfWork& uow, const Settings& s, Timestamp now, const std::string& account_key,
              const std::string& client_addr) {
  LockoutRule rule = LockoutRuleOf(s);
  Timestamp since = now - rule.Horizon();
  auto& creds = uow.Credentials();
  if (IsLockedOut(creds.Failures(AttemptKey::kAccount, account_key, since, true), rule, now)) {
    return true;
  }
  return IsLockedOut(creds.Failures(AttemptKey::kAddress, client_addr, since, false), rule, now);
}

void RecordAttempts(UnitOfWork& uow, Timestamp now, const std::string& account_key,
                    const std::string& client_addr, bool success) {
  uow.Credentials().RecordAttempt(LoginAttempt{AttemptKey::kAccount, account_key, now, success});
  uow.Credentials().RecordAttempt(LoginAttempt{AttemptKey::kAddress, client_addr, now, success});
}

const std::string& DummyPasswordHash(HashCost cost) {
  constexpr std::string_view kDummy = "pacte-dummy-password-never-valid";
  if (cost == HashCost::kMin) {
    static const std::string min = HashPassword(kDummy, HashCost::kMin);
    return min;
  }
  static const std::string interactive = HashPassword(kDummy, HashCost::kInteractive);
  return interactive;
}

Actor ActorFor(const Agent& agent, const ClientInfo& client) {
  Actor a = AnonymousActor(client);
  a.agent_id = agent.id;
  a.display_name = agent.DisplayName();
  a.structure_id = agent.structure_id;
  a.roles = agent.roles;
  a.territory_id = agent.territory_id;
  return a;
}

Actor AnonymousActor(const ClientInfo& client) {
  Actor a;
  a.display_name = "anonyme";
  a.client_addr = client.addr;
  a.request_id = client.request_id;
  return a;
}

Status CheckAgentReferences(UnitOfWork& uow, const std::optional<std::int64_t>& structure_id,
                            const std::optional<std::int64_t>& territory_id) {
  Validation v;
  if (structure_id && !uow.Structures().Find(*structure_id)) {
    v.Add("structure_id", "Structure inconnue.");
  }
  if (territory_id && !uow.Territory().FindTerritory(*territory_id)) {
    v.Add("territory_id", "Territoire inconnu.");
  }
  if (!v.Ok()) return Fail(v.ToError("agent.invalid"));
  return {};
}

}  // namespace pacte::app
