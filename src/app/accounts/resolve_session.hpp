#pragma once
// Validating a browser session on every request.

#include <optional>
#include <string>
#include <string_view>

#include "app/config/settings.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

// Writes to last_seen_at are throttled to one per this interval.
inline constexpr std::chrono::seconds kSessionTouchInterval{60};

struct SessionView {
  Actor actor;
  std::string csrf_token;
  bool second_factor_pending = false;
  bool totp_enabled = false;
};

// The session whose cookie value is `token`, refreshed (last_seen_at); nullopt when the
// token is malformed or unknown, the session was idle longer than settings.session_idle or
// is older than settings.session_absolute (it is then deleted), or the agent is inactive.
std::optional<SessionView> ResolveSession(Store& store, const Clock& clock,
                                          const Settings& settings, std::string_view token);

}  // namespace pacte::app
