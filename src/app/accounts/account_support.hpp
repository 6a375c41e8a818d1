#pragma once
// Pieces shared by the accounts use cases: settings-derived rules, French errors, lockout
// bookkeeping and the actor of an agent.

#include <string>
#include <string_view>

#include "app/config/settings.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/unit_of_work.hpp"
#include "domain/agent/agent.hpp"
#include "domain/agent/lockout.hpp"
#include "domain/agent/password.hpp"

namespace pacte::app {

// Where an anonymous or half-signed-in request comes from (audit trail, lockout).
struct ClientInfo {
  std::string addr;
  std::string request_id;
  std::string user_agent;
};

// lockout_failures within lockout_window lock for lockout_window.
LockoutRule LockoutRuleOf(const Settings& s);
HashCost HashCostOf(const Settings& s);

// kUnauthenticated "Adresse e-mail ou mot de passe incorrect." (also for unknown e-mails).
Error BadCredentialsError();
// kLocked "Trop de tentatives : réessayez dans N minutes."
Error LockedError(const Settings& s);
// kUnauthenticated: the session is missing or expired.
Error SessionExpiredError();

// The lockout key of an account: SHA-256 of the e-mail as typed, normalised when possible
// (so unknown e-mails lock exactly like known ones, and no e-mail is stored in clear).
std::string AccountKey(std::string_view email);

// True when the account (failures since its last success) or the client address (all
// failures) is locked at `now`.
bool IsLocked(UnitOfWork& uow, const Settings& s, Timestamp now, const std::string& account_key,
              const std::string& client_addr);

// Records one attempt for both the account and the address.
void RecordAttempts(UnitOfWork& uow, Timestamp now, const std::string& account_key,
                    const std::string& client_addr, bool success);

// A hash of a throw-away password with the given cost, computed once: verified when the
// e-mail is unknown so that the answer takes as long as for a wrong password.
const std::string& DummyPasswordHash(HashCost cost);

// The actor of an agent ("Prénom Nom", structure, roles, territory), tagged with the
// client's address and request id for the audit trail.
Actor ActorFor(const Agent& agent, const ClientInfo& client = {});

// kInvalid naming "structure_id" / "territory_id" when a given id does not exist.
Status CheckAgentReferences(UnitOfWork& uow, const std::optional<std::int64_t>& structure_id,
                            const std::optional<std::int64_t>& territory_id);
// The anonymous actor of a request (audit events of failed sign-ins).
Actor AnonymousActor(const ClientInfo& client);

}  // namespace pacte::app
