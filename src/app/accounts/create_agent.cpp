#include "app/accounts/account_support.hpp"
#include "app/accounts/manage_agents.hpp"
#include "app/audit/record_audit.hpp"
#include "app/policies/agent_policy.hpp"
#include "domain/common/text.hpp"

namespace pacte::app {
namespace {

void ValidateIds(Validation& v, const NewAgentInput& in) {
  if (in.structure_id && *in.structure_id <= 0) {
    v.Add("structure_id", "Identifiant de structure invalide.");
  }
  if (in.territory_id && *in.territory_id <= 0) {
    v.Add("territory_id", "Identifiant de territoire invalide.");
  }
}

nlohmann::json RoleCodes(const std::vector<Role>& roles) {
  nlohmann::json out = nlohmann::json::array();
  for (Role r : roles) out.push_back(std::string(RoleCode(r)));
  return out;
}

}  // namespace

Result<Agent> CreateAgent(Store& store, const Clock& clock, const Settings& settings,
                          const Actor& actor, const NewAgentInput& in) {
  if (auto allowed = RequireManageAgents(actor); !allowed) return Fail(allowed.error());
  Validation v;
  Agent agent;
  ValidateAgentIdentity(v, in.email, in.first_name, in.last_name, in.roles, agent.roles);
  ValidateIds(v, in);
  if (!in.password.empty()) {
    auto policy = CheckPasswordPolicy(in.password, in.email, settings.password_min_length);
    if (!policy) v.Add("password", policy.error().message);
  }
  if (!v.Ok()) return Fail(v.ToError("agent.invalid"));

  agent.email = *NormalizeEmail(in.email);
  agent.first_name = Trim(in.first_name);
  agent.last_name = Trim(in.last_name);
  agent.structure_id = in.structure_id;
  agent.territory_id = in.territory_id;
  agent.created_at = agent.updated_at = clock.Now();
  std::optional<std::string> hash;
  if (!in.password.empty()) hash = HashPassword(in.password, HashCostOf(settings));

  return Write(store, [&](UnitOfWork& uow) -> Result<Agent> {
    if (auto refs = CheckAgentReferences(uow, agent.structure_id, agent.territory_id); !refs) {
      return Fail(refs.error());
    }
    auto id = uow.Agents().Insert(agent, hash);
    if (!id) return Fail(id.error());
    RecordAudit(
        uow, clock, actor, "agent.create", "agent", std::to_string(*id),
        {{"roles", RoleCodes(agent.roles)},
         {"structure_id", agent.structure_id ? nlohmann::json(*agent.structure_id) : nullptr},
         {"with_password", hash.has_value()}});
    return *uow.Agents().Find(*id);
  });
}

}  // namespace pacte::app
