#include "app/accounts/api_tokens.hpp"

#include "app/accounts/account_support.hpp"
#include "app/accounts/crypto.hpp"
#include "app/audit/record_audit.hpp"
#include "app/ports/pact_repository.hpp"
#include "app/policies/agent_policy.hpp"
#include "app/ports/agent_repository.hpp"
#include "app/ports/credential_repository.hpp"
#include "domain/common/text.hpp"

namespace pacte::app {
namespace {

constexpr std::string_view kPrefix = "pacte_";
constexpr std::size_t kRandomHexLength = 40;

bool WellFormed(std::string_view token) {
  return token.size() == kPrefix.size() + kRandomHexLength &&
         token.substr(0, kPrefix.size()) == kPrefix &&
         IsLowerHex(token.substr(kPrefix.size()), kRandomHexLength);
}

}  // namespace

Result<IssuedApiToken> CreateApiToken(Store& store, const Clock& clock, const Actor& actor,
                                      std::int64_t agent_id, const std::string& name) {
  if (auto allowed = RequireManageAgents(actor); !allowed) return Fail(allowed.error());
  std::string label = Trim(name);
  if (label.empty()) label = "API";
  if (label.size() > 100 || !IsValidUtf8(label)) {
    return Fail(Error::Invalid("token.name_invalid",
                               "Nom de jeton trop long (100 caractères au plus).", "name"));
  }
  std::string token = std::string(kPrefix) + RandomHex(kRandomHexLength / 2);
  return Write(store, [&](UnitOfWork& uow) -> Result<IssuedApiToken> {
    auto agent = uow.Agents().Find(agent_id);
    if (!agent) return Fail(Error::NotFound("agent.not_found", "Agent introuvable."));
    if (!agent->active) {
      return Fail(Error::Invalid("token.agent_inactive",
                                 "Cet agent est désactivé : impossible de lui créer un jeton.",
                                 "agent"));
    }
    auto id = uow.Credentials().InsertApiToken(Sha256Hex(token), agent_id, label, clock.Now());
    RecordAudit(uow, clock, actor, "token.create", "api_token", std::to_string(id),
                {{"agent_id", agent_id}});
    return IssuedApiToken{id, token};
  });
}

Status RevokeApiToken(Store& store, const Clock& clock, const Actor& actor, std::int64_t token_id) {
  if (auto allowed = RequireManageAgents(actor); !allowed) return Fail(allowed.error());
  return Write(store, [&](UnitOfWork& uow) -> Status {
    auto token = uow.Credentials().FindApiToken(token_id);
    if (!token || !uow.Credentials().RevokeApiToken(token_id, clock.Now())) {
      return Fail(Error::NotFound("token.not_found", "Jeton introuvable ou déjà révoqué."));
    }
    RecordAudit(uow, clock, actor, "token.revoke", "api_token", std::to_string(token_id),
                {{"agent_id", token->agent_id}});
    return {};
  });
}

std::optional<Actor> ResolveApiToken(Store& store, const Clock& clock, std::string_view token) {
  if (!WellFormed(token)) return std::nullopt;
  std::string hash = Sha256Hex(token);
  Timestamp now = clock.Now();
  struct Found {
    std::optional<ApiToken> token;
    std::optional<Agent> agent;
    std::optional<std::int64_t> institution_id;
  };
  Found found = Read(store, [&](UnitOfWork& uow) {
    Found f;
    f.token = uow.Credentials().FindApiTokenByHash(hash);
    if (f.token && !f.token->revoked_at) f.agent = uow.Agents().Find(f.token->agent_id);
    if (f.agent) f.institution_id = uow.Pact().InstitutionOfAgent(f.agent->id);
    return f;
  });
  if (!found.agent || !found.agent->active) return std::nullopt;
  if (!found.token->last_used_at || now - *found.token->last_used_at >= kTokenTouchInterval) {
    Write(store, [&](UnitOfWork& uow) {
      uow.Credentials().TouchApiToken(found.token->id, now);
      return true;
    });
  }
  Actor actor = ActorFor(*found.agent);
  actor.institution_id = found.institution_id;
  return actor;
}

}  // namespace pacte::app
