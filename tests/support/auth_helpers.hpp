#pragma once
// Helpers for tests that need signed-in agents: create agents through the accounts use
// cases, sign in over HTTP (second factor included), issue API tokens, post forms.
//
//   auto id = CreateAgent(server.db().store(), server.clock(), server.settings(),
//                         "ref@cd92.fr", {Role::kReferent});
//   auto session = LoginSession(server, "ref@cd92.fr");
//   auto page = server.Get("/compte", {{"Cookie", session.cookie}});
//   auto saved = PostForm(server, session, "/compte/x", {{"champ", "valeur"}});
//   auto token = CreateApiToken(server.db().store(), server.clock(), id);

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/config/settings.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "domain/agent/role.hpp"
#include "support/test_server.hpp"

namespace pacte::testing {

// The password of every agent created by CreateAgent.
inline constexpr const char* kTestPassword = "Cheval-Correct-92-Agrafe";
// The TOTP secret CreateAgent gives admins (the RFC 6238 SHA-1 test secret).
inline constexpr const char* kTestTotpSecret = "12345678901234567890";

// Creates an active agent (first name "Prénom", last name from the e-mail) with
// kTestPassword; admins also get kTestTotpSecret as second factor. Returns the agent id;
// throws when the use case refuses.
std::int64_t CreateAgent(app::Store& store, app::Clock& clock, const app::Settings& settings,
                         const std::string& email, std::vector<Role> roles,
                         std::optional<std::int64_t> structure_id = std::nullopt);

struct SessionCookies {
  std::string cookie;  // value for a "Cookie" header (session and CSRF cookies)
  std::string csrf;    // the session's CSRF token, for "_csrf" or "X-CSRF-Token"
};

// Signs in over HTTP like a browser (login form, then the TOTP code at server.clock() time
// when asked, enrolling if needed). Throws std::runtime_error when a step fails.
SessionCookies LoginSession(TestServer& server, const std::string& email,
                            const std::string& password = kTestPassword);

// Issues an API token for the agent (through the use case, as the system actor).
std::string CreateApiToken(app::Store& store, app::Clock& clock, std::int64_t agent_id);

using FormFields = std::vector<std::pair<std::string, std::string>>;

// application/x-www-form-urlencoded body of the fields.
std::string FormBody(const FormFields& fields);

// POSTs a form with the session's cookies and CSRF token (added as "_csrf").
ClientResponse PostForm(TestServer& server, const SessionCookies& session, const std::string& path,
                        const FormFields& fields);

// "name=value" of the first Set-Cookie for `name` ("" when absent).
std::string CookieFrom(const ClientResponse& r, const std::string& name);

// The content of <meta name="csrf-token" content="…"> or of a hidden "_csrf" input.
std::string CsrfFromPage(const std::string& html);

// The TOTP code of a raw secret at `now` (liboath, 30 s steps, 6 digits).
std::string TotpCodeAt(const std::string& secret, Timestamp now);

}  // namespace pacte::testing
