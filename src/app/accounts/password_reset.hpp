#pragma once
// One-time password-reset links issued by an admin (or the CLI):
// {public_url}/connexion/reinitialisation/{token}, valid settings.password_reset_validity.

#include <cstdint>
#include <string>
#include <string_view>

#include "app/accounts/account_support.hpp"
#include "app/config/settings.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

struct IssuedReset {
  std::string url;
  Timestamp expires_at{};
};

// Issues a new link for the agent (earlier unused links stop working) and records
// agent.password_reset_issued. Errors: kForbidden (admins only), kNotFound.
Result<IssuedReset> IssuePasswordReset(Store& store, const Clock& clock, const Settings& settings,
                                       const Actor& actor, std::int64_t agent_id);

struct ResetTarget {
  std::string email;  // of the account being reset (shown on the page)
};

// The account a link resets. kNotFound "Ce lien de réinitialisation est invalide, expiré ou
// déjà utilisé." when the token is malformed, unknown, used or expired.
Result<ResetTarget> CheckPasswordReset(Store& store, const Clock& clock, std::string_view token);

// Sets the new password (password policy; `confirmation` must match), consumes the link,
// deletes the agent's sessions, clears the account's lockout and records
// agent.password_reset. Errors: kInvalid on "password" / "password_confirmation"; kNotFound
// as CheckPasswordReset.
Status ResetPassword(Store& store, const Clock& clock, const Settings& settings,
                     std::string_view token, std::string_view password,
                     std::string_view confirmation, const ClientInfo& client);

}  // namespace pacte::app
