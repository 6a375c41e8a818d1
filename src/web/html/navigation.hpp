#pragma once
// The main menu: which sections an actor sees, the current one marked for aria-current.

#include <string>

#include <nlohmann/json.hpp>

#include "app/policies/actor.hpp"

namespace pacte::web {

// [{label, href, current}] for the actor's roles.
nlohmann::json NavigationFor(const app::Actor& actor, const std::string& current_path);

}  // namespace pacte::web
