#include "app/policies/agent_policy.hpp"

namespace pacte::app {

bool CanManageAgents(const Actor& actor) { return actor.Has(Role::kAdmin); }

bool CanReadAgent(const Actor& actor, std::int64_t agent_id) {
  if (CanManageAgents(actor)) return true;
  return !actor.IsSystem() && agent_id > 0 && actor.agent_id == agent_id;
}

Status RequireManageAgents(const Actor& actor) {
  if (CanManageAgents(actor)) return {};
  return Fail(Error::Forbidden("La gestion des agents est réservée aux administrateurs."));
}

Status RequireReadAgent(const Actor& actor, std::int64_t agent_id) {
  if (CanReadAgent(actor, agent_id)) return {};
  return Fail(Error::Forbidden("Vous ne pouvez consulter que votre propre compte."));
}

}  // namespace pacte::app
