#pragma once
// Port: agent data (to be completed by its feature).

namespace pacte::app {

class AgentRepository {
 public:
  virtual ~AgentRepository() = default;
};

}  // namespace pacte::app
