#include "app/accounts/manage_agents.hpp"
#include "app/audit/record_audit.hpp"
#include "app/policies/agent_policy.hpp"

namespace pacte::app {
namespace {

Error AgentNotFound() { return Error::NotFound("agent.not_found", "Agent introuvable."); }

}  // namespace

Result<Agent> GetAgent(Store& store, const Clock& clock, const Actor& actor, std::int64_t id) {
  if (auto allowed = RequireReadAgent(actor, id); !allowed) return Fail(allowed.error());
  return Write(store, [&](UnitOfWork& uow) -> Result<Agent> {
    auto agent = uow.Agents().Find(id);
    if (!agent) return Fail(AgentNotFound());
    RecordAudit(uow, clock, actor, "agent.read", "agent", std::to_string(id));
    return *agent;
  });
}

Result<Agent> GetAgentByEmail(Store& store, const Clock& clock, const Actor& actor,
                              const std::string& email) {
  if (auto allowed = RequireManageAgents(actor); !allowed) return Fail(allowed.error());
  auto normalized = NormalizeEmail(email);
  if (!normalized) {
    return Fail(Error::Invalid("agent.email_invalid", "Adresse e-mail invalide.", "email"));
  }
  return Write(store, [&](UnitOfWork& uow) -> Result<Agent> {
    auto agent = uow.Agents().FindByEmail(*normalized);
    if (!agent) {
      return Fail(Error::NotFound("agent.not_found", "Aucun agent avec cette adresse e-mail."));
    }
    RecordAudit(uow, clock, actor, "agent.read", "agent", std::to_string(agent->id));
    return *agent;
  });
}

Result<PageOf<Agent>> ListAgents(Store& store, const Clock& clock, const Actor& actor,
                                 const AgentFilter& filter, const PageRequest& page) {
  if (auto allowed = RequireManageAgents(actor); !allowed) return Fail(allowed.error());
  return Write(store, [&](UnitOfWork& uow) -> Result<PageOf<Agent>> {
    auto result = uow.Agents().List(filter, page);
    std::vector<std::int64_t> ids;
    for (const auto& a : result.items) ids.push_back(a.id);
    RecordAudit(uow, clock, actor, "agent.read", "agent", "",
                {{"ids", ids}, {"page", result.number}});
    return result;
  });
}

}  // namespace pacte::app
