#include "web/html/agents/agent_pages.hpp"

namespace pacte::web {

void RegisterAgentRoutes(Router& /*router*/) {}

}  // namespace pacte::web
