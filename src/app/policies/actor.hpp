#pragma once
// Who is acting: the authenticated agent as policies see it. Built once per request by the
// web layer (from a session or an API token) and by the CLI (a system actor).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/agent/role.hpp"

namespace pacte::app {

struct Actor {
  std::int64_t agent_id = 0;  // 0 for the system actor (CLI, jobs)
  std::string display_name;
  std::optional<std::int64_t> structure_id;
  std::vector<Role> roles;
  // Territory the agent's roles are scoped to; nullopt = the whole département.
  std::optional<std::int64_t> territory_id;
  // The institution the agent speaks for in the pact (agents.institution_id, else the
  // institution of the agent's structure); nullopt when unknown.
  std::optional<std::int64_t> institution_id;
  std::string client_addr;  // for the audit trail
  std::string request_id;   // for the audit trail

  bool Has(Role r) const;
  bool IsSystem() const { return agent_id == 0; }
  static Actor System(std::string reason = "cli");
};

}  // namespace pacte::app
