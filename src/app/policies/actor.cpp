#include "app/policies/actor.hpp"

#include <algorithm>

namespace pacte::app {

bool Actor::Has(Role r) const { return std::find(roles.begin(), roles.end(), r) != roles.end(); }

Actor Actor::System(std::string reason) {
  Actor a;
  a.display_name = "système";
  a.roles = {Role::kAdmin};
  a.request_id = std::move(reason);
  return a;
}

}  // namespace pacte::app
