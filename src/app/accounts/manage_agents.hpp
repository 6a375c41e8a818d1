#pragma once
// Managing agent accounts (admins) and reading them (admins, or the agent themself). Every
// use case checks the agent policy first (kForbidden), runs in one transaction and records
// one audit event: agent.create, agent.update, agent.read.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/config/settings.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/agent_repository.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

struct NewAgentInput {
  std::string email;
  std::string first_name;
  std::string last_name;
  std::vector<std::string> roles;  // role codes
  std::optional<std::int64_t> structure_id;
  std::optional<std::int64_t> territory_id;
  // Empty: no password yet; the agent sets one through a reset link.
  std::string password;
};

// Creates an active agent. Errors: kInvalid with every field at fault ("email",
// "first_name", "last_name", "roles", "structure_id", "territory_id", "password" against the
// password policy); kConflict on "email" "Cette adresse e-mail est déjà utilisée.".
Result<Agent> CreateAgent(Store& store, const Clock& clock, const Settings& settings,
                          const Actor& actor, const NewAgentInput& input);

// Fields to change; absent ones keep their value.
struct AgentChanges {
  std::int64_t id = 0;
  int version = 0;  // the version the change was prepared from
  std::optional<std::string> email;
  std::optional<std::string> first_name;
  std::optional<std::string> last_name;
  std::optional<std::vector<std::string>> roles;
  std::optional<std::optional<std::int64_t>> structure_id;
  std::optional<std::optional<std::int64_t>> territory_id;
  std::optional<bool> active;
};

// Applies the changes. Deactivating an agent deletes their sessions and revokes their API
// tokens. Errors: kNotFound; kStale when the version is not the stored one; kInvalid as for
// CreateAgent; kConflict on "email"; kInvalid when an admin deactivates themself or drops
// their own admin role.
Result<Agent> UpdateAgent(Store& store, const Clock& clock, const Actor& actor,
                          const AgentChanges& changes);

// One agent (agent.read). kForbidden for another agent's account unless admin; kNotFound.
Result<Agent> GetAgent(Store& store, const Clock& clock, const Actor& actor, std::int64_t id);
// By e-mail (admins: CLI). kNotFound "Aucun agent avec cette adresse e-mail.".
Result<Agent> GetAgentByEmail(Store& store, const Clock& clock, const Actor& actor,
                              const std::string& email);

// One page of agents matching the filter (admins; agent.read with the page's ids).
Result<PageOf<Agent>> ListAgents(Store& store, const Clock& clock, const Actor& actor,
                                 const AgentFilter& filter, const PageRequest& page);

}  // namespace pacte::app
