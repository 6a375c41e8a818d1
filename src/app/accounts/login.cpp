#include "app/accounts/login.hpp"

#include "app/accounts/crypto.hpp"
#include "app/audit/record_audit.hpp"
#include "app/ports/agent_repository.hpp"
#include "app/ports/credential_repository.hpp"
#include "app/ports/session_repository.hpp"

namespace pacte::app {
namespace {

// How long sign-in attempts are kept (the audit trail keeps the events).
constexpr std::chrono::hours kAttemptRetention{24};

struct Candidate {
  bool locked = false;
  std::optional<Agent> agent;
  std::optional<std::string> hash;
};

Candidate FindCandidate(Store& store, const Settings& settings, Timestamp now,
                        const std::string& account_key, const LoginRequest& req) {
  return Read(store, [&](UnitOfWork& uow) {
    Candidate c;
    c.locked = IsLocked(uow, settings, now, account_key, req.client.addr);
    if (c.locked) return c;
    if (auto email = NormalizeEmail(req.email)) c.agent = uow.Agents().FindByEmail(*email);
    if (c.agent) {
      if (auto secrets = uow.Agents().Secrets(c.agent->id)) c.hash = secrets->password_hash;
    }
    return c;
  });
}

const char* FailureReason(const Candidate& c) {
  if (!c.agent) return "unknown_account";
  if (!c.agent->active) return "inactive";
  if (!c.hash) return "no_password";
  return "bad_password";
}

void RecordFailure(Store& store, const Clock& clock, Timestamp now, const std::string& account_key,
                   const LoginRequest& req, const Candidate& c, const char* reason) {
  Write(store, [&](UnitOfWork& uow) {
    if (std::string_view(reason) != "locked") {
      RecordAttempts(uow, now, account_key, req.client.addr, false);
    }
    std::string object_id = c.agent ? std::to_string(c.agent->id) : "";
    RecordAudit(uow, clock, AnonymousActor(req.client), "session.login_failed", "agent", object_id,
                {{"reason", reason}});
    return true;
  });
}

SecondFactorStep StepFor(const Agent& agent) {
  if (agent.totp_enabled) return SecondFactorStep::kVerify;
  if (agent.RequiresSecondFactor()) return SecondFactorStep::kEnrol;
  return SecondFactorStep::kNone;
}

LoginResult OpenSession(Store& store, const Clock& clock, const Settings& settings, Timestamp now,
                        const std::string& account_key, const LoginRequest& req,
                        const Agent& agent) {
  LoginResult out{RandomHex(32), RandomHex(32), agent.id, StepFor(agent)};
  bool done = out.second_factor == SecondFactorStep::kNone;
  Write(store, [&](UnitOfWork& uow) {
    // A pending second factor is not a success yet: recording one would reset the
    // account's failure count and allow unlimited code guesses.
    if (done) RecordAttempts(uow, now, account_key, req.client.addr, true);
    uow.Credentials().DeleteAttemptsBefore(now - kAttemptRetention);
    uow.Sessions().DeleteExpired(now - settings.session_idle, now - settings.session_absolute);
    if (req.previous_session) uow.Sessions().Delete(Sha256Hex(*req.previous_session));
    uow.Sessions().Insert(SessionRecord{Sha256Hex(out.session_token), agent.id, now, now,
                                        out.csrf_token, done, std::nullopt, req.client.addr,
                                        req.client.user_agent.substr(0, 256)});
    if (done) uow.Agents().SetLastLogin(agent.id, now);
    RecordAudit(uow, clock, ActorFor(agent, req.client), "session.login", "agent",
                std::to_string(agent.id), {{"second_factor_pending", !done}});
    return true;
  });
  return out;
}

}  // namespace

Result<LoginResult> Login(Store& store, const Clock& clock, const Settings& settings,
                          const LoginRequest& req) {
  Timestamp now = clock.Now();
  std::string account_key = AccountKey(req.email);
  Candidate c = FindCandidate(store, settings, now, account_key, req);
  if (c.locked) {
    RecordFailure(store, clock, now, account_key, req, c, "locked");
    return Fail(LockedError(settings));
  }
  // Always verify a hash, even for unknown accounts, so timing does not reveal them.
  const std::string& hash = c.hash ? *c.hash : DummyPasswordHash(HashCostOf(settings));
  bool password_ok = VerifyPassword(hash, req.password) && c.hash.has_value();
  if (!password_ok || !c.agent || !c.agent->active) {
    RecordFailure(store, clock, now, account_key, req, c, FailureReason(c));
    return Fail(BadCredentialsError());
  }
  return OpenSession(store, clock, settings, now, account_key, req, *c.agent);
}

}  // namespace pacte::app
