#include "app/accounts/password_reset.hpp"

#include "app/accounts/crypto.hpp"
#include "app/audit/record_audit.hpp"
#include "app/policies/agent_policy.hpp"
#include "app/ports/agent_repository.hpp"
#include "app/ports/credential_repository.hpp"
#include "app/ports/session_repository.hpp"

namespace pacte::app {
namespace {

Error InvalidLink() {
  return Error::NotFound("password_reset.invalid",
                         "Ce lien de réinitialisation est invalide, expiré ou déjà utilisé.");
}

std::string BaseUrl(const std::string& public_url) {
  std::string base = public_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base;
}

// The live link of a token and its agent.
struct LiveLink {
  PasswordReset reset;
  Agent agent;
};

Result<LiveLink> FindLiveLink(UnitOfWork& uow, std::string_view token, Timestamp now) {
  if (!IsLowerHex(token, 64)) return Fail(InvalidLink());
  auto reset = uow.Credentials().FindPasswordResetByHash(Sha256Hex(token));
  if (!reset || reset->used_at || now >= reset->expires_at) return Fail(InvalidLink());
  auto agent = uow.Agents().Find(reset->agent_id);
  if (!agent || !agent->active) return Fail(InvalidLink());
  return LiveLink{*reset, *agent};
}

}  // namespace

Result<IssuedReset> IssuePasswordReset(Store& store, const Clock& clock, const Settings& settings,
                                       const Actor& actor, std::int64_t agent_id) {
  if (auto allowed = RequireManageAgents(actor); !allowed) return Fail(allowed.error());
  Timestamp now = clock.Now();
  Timestamp expires = now + settings.password_reset_validity;
  std::string token = RandomHex(32);
  return Write(store, [&](UnitOfWork& uow) -> Result<IssuedReset> {
    auto agent = uow.Agents().Find(agent_id);
    if (!agent) return Fail(Error::NotFound("agent.not_found", "Agent introuvable."));
    uow.Credentials().SupersedePasswordResets(agent_id, now);
    auto id = uow.Credentials().InsertPasswordReset(Sha256Hex(token), agent_id, now, expires);
    RecordAudit(uow, clock, actor, "agent.password_reset_issued", "agent", std::to_string(agent_id),
                {{"reset_id", id}});
    return IssuedReset{BaseUrl(settings.public_url) + "/connexion/reinitialisation/" + token,
                       expires};
  });
}

Result<ResetTarget> CheckPasswordReset(Store& store, const Clock& clock, std::string_view token) {
  Timestamp now = clock.Now();
  return Read(store, [&](UnitOfWork& uow) -> Result<ResetTarget> {
    auto link = FindLiveLink(uow, token, now);
    if (!link) return Fail(link.error());
    return ResetTarget{link->agent.email};
  });
}

Status ResetPassword(Store& store, const Clock& clock, const Settings& settings,
                     std::string_view token, std::string_view password,
                     std::string_view confirmation, const ClientInfo& client) {
  auto target = CheckPasswordReset(store, clock, token);
  if (!target) return Fail(target.error());
  Validation v;
  if (auto policy = CheckPasswordPolicy(password, target->email, settings.password_min_length);
      !policy) {
    v.Add("password", policy.error().message);
  } else if (password != confirmation) {
    v.Add("password_confirmation", "Les deux mots de passe ne sont pas identiques.");
  }
  if (!v.Ok()) return Fail(v.ToError("password_reset.invalid_password"));
  std::string hash = HashPassword(password, HashCostOf(settings));
  Timestamp now = clock.Now();
  return Write(store, [&](UnitOfWork& uow) -> Status {
    auto link = FindLiveLink(uow, token, now);
    if (!link || !uow.Credentials().MarkPasswordResetUsed(link->reset.id, now)) {
      return Fail(InvalidLink());
    }
    uow.Agents().SetPasswordHash(link->agent.id, hash, now);
    uow.Sessions().DeleteForAgent(link->agent.id);
    // Proving control of the link clears earlier failures of the account.
    uow.Credentials().RecordAttempt(
        LoginAttempt{AttemptKey::kAccount, AccountKey(link->agent.email), now, true});
    RecordAudit(uow, clock, ActorFor(link->agent, client), "agent.password_reset", "agent",
                std::to_string(link->agent.id), {{"reset_id", link->reset.id}});
    return {};
  });
}

}  // namespace pacte::app
