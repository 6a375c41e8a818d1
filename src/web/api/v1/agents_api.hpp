#pragma once
// JSON API of agents (Bearer token):
//   GET   /api/v1/agents          admins; ?q, role, active (true/false), page, page_size
//   POST  /api/v1/agents          admins; {email, first_name, last_name, roles, structure_id,
//                                  territory_id, password}
//   GET   /api/v1/agents/{id}     admins, or the agent themself
//   PATCH /api/v1/agents/{id}     admins; {version (required), email, first_name, last_name,
//                                  roles, structure_id, territory_id, active}
//   GET   /api/v1/me              the caller's own agent
// Agent JSON: id, email, first_name, last_name, structure_id, territory_id, roles, active,
// totp_enabled, last_login_at, version (never credentials).

#include <nlohmann/json.hpp>

#include "domain/agent/agent.hpp"
#include "web/server/router.hpp"

namespace pacte::web {

void RegisterAgentApiRoutes(Router& router);

nlohmann::json AgentJson(const Agent& agent);

}  // namespace pacte::web
