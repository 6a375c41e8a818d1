// Redirect targets after sign-in stay on this site; the session cookie's attributes.

#include "web/html/auth/session_cookie.hpp"

#include <gtest/gtest.h>

namespace pacte::web {
namespace {

TEST(SafeNextPath, KeepsLocalPaths) {
  EXPECT_EQ(SafeNextPath("/admin/agents?page=2"), "/admin/agents?page=2");
  EXPECT_EQ(SafeNextPath("/"), "/");
}

TEST(SafeNextPath, RefusesEverythingElse) {
  for (const char* bad :
       {"", "admin", "//evil.example/x", "/\\evil.example", "https://evil.example",
        "/a\r\nSet-Cookie: x=y", "javascript:alert(1)", "/a\\b"}) {
    EXPECT_EQ(SafeNextPath(std::string(bad)), "/") << bad;
  }
  EXPECT_EQ(SafeNextPath(std::nullopt), "/");
}

TEST(SuiteQuery, EncodesTheTarget) {
  EXPECT_EQ(SuiteQuery("/"), "");
  EXPECT_EQ(SuiteQuery("/admin/agents?page=2"), "?suite=%2Fadmin%2Fagents%3Fpage%3D2");
}

TEST(SessionCookie, HttpOnlyLaxAndSecureWhenConfigured) {
  app::Settings s;
  EXPECT_EQ(SessionCookie("abc", s), "pacte_session=abc; Path=/; SameSite=Lax; HttpOnly");
  s.secure_cookies = true;
  EXPECT_EQ(SessionCookie("abc", s), "pacte_session=abc; Path=/; SameSite=Lax; HttpOnly; Secure");
  EXPECT_NE(ClearedSessionCookie(s).find("Max-Age=0"), std::string::npos);
}

}  // namespace
}  // namespace pacte::web
