#pragma once
// The TOTP second factor: enrolment (mandatory for admins, optional for others) and
// verification after the password. Every function works on the session whose cookie value
// is `session_token`; kUnauthenticated (SessionExpiredError) when it is unknown.

#include <cstdint>
#include <string>
#include <string_view>

#include "app/accounts/account_support.hpp"
#include "app/config/settings.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

struct TotpEnrolment {
  std::string secret_base32;  // to type in an authenticator app
  std::string uri;            // otpauth://totp/pacte:EMAIL?secret=…&issuer=pacte
};

// The secret being enrolled: kept in the session (encrypted) until confirmed, so reloading
// the page shows the same one. kConflict "totp.already_enabled" when the agent has TOTP.
Result<TotpEnrolment> StartTotpEnrolment(Store& store, const Clock& clock, const Settings& settings,
                                         std::string_view session_token);

// Checks `code` against the pending secret at clock time; on success stores the secret
// (encrypted with settings.secret_key) on the agent, completes the session's second factor
// and records agent.totp_enable. Errors: kInvalid on "code" (the failure counts toward
// lockout), kLocked, kConflict when nothing is pending or TOTP is already enabled.
Status ConfirmTotpEnrolment(Store& store, const Clock& clock, const Settings& settings,
                            std::string_view session_token, std::string_view code,
                            const ClientInfo& client);

// Checks `code` against the agent's TOTP secret at clock time; on success completes the
// session's second factor, sets last_login_at and records session.second_factor. Errors:
// kInvalid on "code" (counts toward lockout), kLocked, kConflict "totp.not_enabled", or
// kConflict "totp.unreadable" when the stored secret cannot be decrypted with the server key.
Status VerifySecondFactor(Store& store, const Clock& clock, const Settings& settings,
                          std::string_view session_token, std::string_view code,
                          const ClientInfo& client);

// Removes an agent's TOTP secret (lost phone) and deletes their sessions: they enrol again
// at their next sign-in (admins must). Admins only; records agent.totp_reset. Errors:
// kForbidden, kNotFound.
Status ResetSecondFactor(Store& store, const Clock& clock, const Actor& actor,
                         std::int64_t agent_id);

}  // namespace pacte::app
