#pragma once
// Setting a known TOTP secret on an agent without an enrolment round trip: used by the demo
// generator (its administrator's key is printed) and by migrations from another tool.

#include <cstdint>
#include <string_view>

#include "app/config/settings.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

// Stores `secret` (raw bytes, kTotpSecretBytes long) encrypted with the server key on the
// agent and records agent.totp_provision. Admins and the system actor only (kForbidden);
// kNotFound for an unknown agent; kInvalid on "secret" when its length is wrong.
Status ProvisionTotp(Store& store, const Clock& clock, const Settings& settings,
                     const Actor& actor, std::int64_t agent_id, std::string_view secret);

}  // namespace pacte::app
