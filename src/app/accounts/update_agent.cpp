#include "app/accounts/account_support.hpp"
#include "app/accounts/manage_agents.hpp"
#include "app/audit/record_audit.hpp"
#include "app/policies/agent_policy.hpp"
#include "app/ports/credential_repository.hpp"
#include "app/ports/session_repository.hpp"
#include "domain/common/text.hpp"

namespace pacte::app {
namespace {

std::vector<std::string> CodesOf(const std::vector<Role>& roles) {
  std::vector<std::string> out;
  for (Role r : roles) out.emplace_back(RoleCode(r));
  return out;
}

// The agent with the changes applied, or the validation errors.
Result<Agent> Apply(const Agent& current, const AgentChanges& c,
                    std::vector<std::string>& changed) {
  Agent next = current;
  Validation v;
  std::string email = c.email.value_or(current.email);
  ValidateAgentIdentity(v, email, c.first_name.value_or(current.first_name),
                        c.last_name.value_or(current.last_name),
                        c.roles.value_or(CodesOf(current.roles)), next.roles);
  for (const auto* id : {&c.structure_id, &c.territory_id}) {
    if (*id && **id && ***id <= 0) {
      v.Add(id == &c.structure_id ? "structure_id" : "territory_id", "Identifiant invalide.");
    }
  }
  if (!v.Ok()) return Fail(v.ToError("agent.invalid"));
  next.email = *NormalizeEmail(email);
  next.first_name = Trim(c.first_name.value_or(current.first_name));
  next.last_name = Trim(c.last_name.value_or(current.last_name));
  if (c.structure_id) next.structure_id = *c.structure_id;
  if (c.territory_id) next.territory_id = *c.territory_id;
  if (c.active) next.active = *c.active;
  next.version = c.version;
  auto note = [&](bool differs, const char* field) {
    if (differs) changed.emplace_back(field);
  };
  note(next.email != current.email, "email");
  note(next.first_name != current.first_name, "first_name");
  note(next.last_name != current.last_name, "last_name");
  note(next.roles != current.roles, "roles");
  note(next.structure_id != current.structure_id, "structure_id");
  note(next.territory_id != current.territory_id, "territory_id");
  note(next.active != current.active, "active");
  return next;
}

Status GuardSelf(const Actor& actor, const Agent& next) {
  if (actor.agent_id != next.id) return {};
  if (!next.active) {
    return Fail(Error::Invalid("agent.self_deactivation",
                               "Vous ne pouvez pas désactiver votre propre compte.", "active"));
  }
  if (!next.Has(Role::kAdmin)) {
    return Fail(Error::Invalid("agent.self_demotion",
                               "Vous ne pouvez pas retirer votre propre rôle d'administrateur.",
                               "roles"));
  }
  return {};
}

}  // namespace

Result<Agent> UpdateAgent(Store& store, const Clock& clock, const Actor& actor,
                          const AgentChanges& changes) {
  if (auto allowed = RequireManageAgents(actor); !allowed) return Fail(allowed.error());
  Timestamp now = clock.Now();
  return Write(store, [&](UnitOfWork& uow) -> Result<Agent> {
    auto current = uow.Agents().Find(changes.id);
    if (!current) return Fail(Error::NotFound("agent.not_found", "Agent introuvable."));
    if (current->version != changes.version) return Fail(Error::Stale());
    std::vector<std::string> changed;
    auto next = Apply(*current, changes, changed);
    if (!next) return Fail(next.error());
    if (auto self = GuardSelf(actor, *next); !self) return Fail(self.error());
    if (auto refs = CheckAgentReferences(uow, next->structure_id, next->territory_id); !refs) {
      return Fail(refs.error());
    }
    if (auto saved = uow.Agents().Update(*next, now); !saved) return Fail(saved.error());
    bool deactivated = current->active && !next->active;
    if (deactivated) {
      uow.Sessions().DeleteForAgent(next->id);
      uow.Credentials().RevokeApiTokensOf(next->id, now);
    }
    RecordAudit(uow, clock, actor, "agent.update", "agent", std::to_string(next->id),
                {{"fields", changed}, {"deactivated", deactivated}});
    return *uow.Agents().Find(next->id);
  });
}

}  // namespace pacte::app
