#pragma once
// Signing out.

#include <string_view>

#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

// Deletes the session whose cookie value is `token` and records session.logout for
// `actor`; does nothing when the session is already gone.
void Logout(Store& store, const Clock& clock, const Actor& actor, std::string_view token);

}  // namespace pacte::app
