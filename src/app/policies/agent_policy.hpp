#pragma once
// Who may see and change agent accounts. Deny by default: only admins (and the system
// actor of the CLI) manage agents and API tokens; any agent reads their own account.

#include <cstdint>

#include "app/policies/actor.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

// List, create and edit agents, issue reset links, create and revoke API tokens.
bool CanManageAgents(const Actor& actor);
// Read one agent's account: a manager, or the agent themself.
bool CanReadAgent(const Actor& actor, std::int64_t agent_id);

// Ok, or Error::Forbidden() with a French message.
Status RequireManageAgents(const Actor& actor);
Status RequireReadAgent(const Actor& actor, std::int64_t agent_id);

}  // namespace pacte::app
