#pragma once
// Signing in with e-mail and password.

#include <cstdint>
#include <optional>
#include <string>

#include "app/accounts/account_support.hpp"
#include "app/config/settings.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

struct LoginRequest {
  std::string email;
  std::string password;
  ClientInfo client;
  // The cookie of the browser's current session, if any: it is deleted (no fixation).
  std::optional<std::string> previous_session;
};

enum class SecondFactorStep {
  kNone,    // signed in
  kVerify,  // enter the TOTP code
  kEnrol,   // admin without TOTP: enrol first
};

struct LoginResult {
  std::string session_token;  // the cookie value (64 hex); only its SHA-256 is stored
  std::string csrf_token;
  std::int64_t agent_id = 0;
  SecondFactorStep second_factor = SecondFactorStep::kNone;
};

// Checks the credentials and opens a new session.
// Errors: kLocked (LockedError) when the account or the client address had too many recent
// failures — checked before the password; kUnauthenticated (BadCredentialsError) for a wrong
// password, an unknown or inactive account or one without a password: the same answer,
// after a hash verification of the same cost. Failures are recorded (lockout) and audited
// (session.login_failed); a success records session.login and, without a pending second
// factor, last_login_at.
Result<LoginResult> Login(Store& store, const Clock& clock, const Settings& settings,
                          const LoginRequest& request);

}  // namespace pacte::app
