#pragma once
// API tokens: "pacte_" + 40 hex characters, shown once, stored as SHA-256 only.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "app/config/settings.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

// Writes to last_used_at are throttled to one per this interval.
inline constexpr std::chrono::seconds kTokenTouchInterval{60};

struct IssuedApiToken {
  std::int64_t id = 0;
  std::string token;  // the only time the clear token exists
};

// Issues a token acting as agent `agent_id` (admins; token.create). `name` describes it
// (trimmed; "" becomes "API"). Errors: kForbidden; kNotFound for an unknown agent; kInvalid
// on "agent" for an inactive one and on "name" over 100 characters.
Result<IssuedApiToken> CreateApiToken(Store& store, const Clock& clock, const Actor& actor,
                                      std::int64_t agent_id, const std::string& name);

// Revokes a token (admins; token.revoke). kNotFound when unknown or already revoked.
Status RevokeApiToken(Store& store, const Clock& clock, const Actor& actor, std::int64_t token_id);

// The agent acting through `token`; nullopt when malformed, unknown, revoked, or the agent
// is inactive. Refreshes last_used_at.
std::optional<Actor> ResolveApiToken(Store& store, const Clock& clock, std::string_view token);

}  // namespace pacte::app
