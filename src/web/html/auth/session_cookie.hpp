#pragma once
// The session cookie and other helpers shared by the sign-in pages.

#include <optional>
#include <string>

#include "app/accounts/account_support.hpp"
#include "app/accounts/resolve_session.hpp"
#include "web/server/context.hpp"

namespace pacte::web {

inline constexpr const char* kSessionCookie = "pacte_session";

// Set-Cookie value of the session cookie: HttpOnly, SameSite=Lax, Secure when configured,
// no Max-Age (the server enforces idle and absolute expiry).
std::string SessionCookie(const std::string& token, const app::Settings& settings);
// Set-Cookie value deleting the session cookie.
std::string ClearedSessionCookie(const app::Settings& settings);

// `next` when it is a local path ("/…", not "//…" nor "/\…", no control characters), else "/".
std::string SafeNextPath(const std::optional<std::string>& next);

// "?suite=<encoded path>" to carry a safe target through the sign-in steps; "" for "/".
std::string SuiteQuery(const std::string& safe_next);

// Address, request id and user agent of the request.
app::ClientInfo ClientOf(const HttpRequest& req);

// The session of the request's cookie (for pages that need more than the actor).
std::optional<app::SessionView> CurrentSession(const RequestContext& ctx);

// The value of the session cookie ("" when absent).
std::string SessionToken(const HttpRequest& req);

}  // namespace pacte::web
