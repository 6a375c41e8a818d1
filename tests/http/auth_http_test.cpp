// Signing in over HTTP: login page, CSRF, lockout, sessions, second factor, reset links,
// API tokens.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app/accounts/api_tokens.hpp"
#include "app/accounts/manage_agents.hpp"
#include "app/accounts/password_reset.hpp"
#include "app/accounts/totp.hpp"
#include "app/ports/credential_repository.hpp"
#include "support/auth_helpers.hpp"
#include "support/test_server.hpp"

namespace pacte::testing {
namespace {

using std::chrono::hours;
using std::chrono::minutes;

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

class AuthHttp : public ::testing::Test {
 protected:
  TestServer server;

  std::int64_t Agent(const std::string& email, std::vector<Role> roles = {Role::kReferent}) {
    return CreateAgent(server.db().store(), server.clock(), server.settings(), email, roles);
  }

  struct Anonymous {
    std::string cookie;  // pacte_csrf=…
    std::string csrf;
  };

  Anonymous Visit(const std::string& path = "/connexion") {
    auto page = server.Get(path);
    return {CookieFrom(page, "pacte_csrf"), CsrfFromPage(page.body)};
  }

  ClientResponse PostLogin(const Anonymous& a, const std::string& email,
                           const std::string& password, const std::string& suite = "",
                           const std::string& extra_cookie = "") {
    FormFields fields{{"_csrf", a.csrf}, {"email", email}, {"password", password}};
    if (!suite.empty()) fields.emplace_back("suite", suite);
    std::string cookie = extra_cookie.empty() ? a.cookie : a.cookie + "; " + extra_cookie;
    return Send(server.port(), ClientRequest{"POST",
                                             "/connexion",
                                             {{"Content-Type", "application/x-www-form-urlencoded"},
                                              {"Cookie", cookie}},
                                             FormBody(fields)});
  }

  ClientResponse GetWith(const std::string& path, const std::string& cookie) {
    return server.Get(path, {{"Cookie", cookie}});
  }

  std::string IssueReset(std::int64_t agent_id) {
    auto issued = app::IssuePasswordReset(server.db().store(), server.clock(), server.settings(),
                                          app::Actor::System("test"), agent_id);
    return issued->url.substr(issued->url.find("/connexion/"));
  }
};

TEST_F(AuthHttp, LoginPageIsAccessibleFrenchFormWithCsrf) {
  auto page = server.Get("/connexion");
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "<h1>Connexion</h1>"));
  EXPECT_TRUE(Has(page.body, "<label for=\"email\">Adresse e-mail</label>"));
  EXPECT_TRUE(Has(page.body, "<label for=\"password\">Mot de passe</label>"));
  EXPECT_TRUE(Has(page.body, "Se connecter</button>"));
  EXPECT_TRUE(Has(page.body, "name=\"_csrf\" value=\"" + CsrfFromPage(page.body) + "\""));
  EXPECT_FALSE(CookieFrom(page, "pacte_csrf").empty());
  EXPECT_FALSE(Has(page.body, "style=")) << "CSP: no inline style";
}

TEST_F(AuthHttp, LoginWithoutOrWithAWrongCsrfTokenIs403) {
  Agent("jeanne@cd92.fr");
  auto a = Visit();
  auto missing = Send(
      server.port(),
      ClientRequest{"POST",
                    "/connexion",
                    {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", a.cookie}},
                    FormBody({{"email", "jeanne@cd92.fr"}, {"password", kTestPassword}})});
  EXPECT_EQ(missing.status, 403);
  EXPECT_TRUE(CookieFrom(missing, "pacte_session").empty());
  Anonymous wrong = a;
  wrong.csrf = std::string(64, 'a');
  auto bad = PostLogin(wrong, "jeanne@cd92.fr", kTestPassword);
  EXPECT_EQ(bad.status, 403);
  EXPECT_TRUE(CookieFrom(bad, "pacte_session").empty());
  EXPECT_EQ(PostLogin(Anonymous{"", a.csrf}, "jeanne@cd92.fr", kTestPassword).status, 403)
      << "the token must match the cookie";
}

TEST_F(AuthHttp, SuccessfulLoginSetsAnHttpOnlyLaxSessionCookieAndRedirects) {
  Agent("jeanne@cd92.fr");
  auto r = PostLogin(Visit(), "jeanne@cd92.fr", kTestPassword);
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(r.Header("location"), "/");
  std::string set;
  for (const auto& c : r.SetCookies()) {
    if (c.rfind("pacte_session=", 0) == 0) set = c;
  }
  EXPECT_TRUE(Has(set, "HttpOnly"));
  EXPECT_TRUE(Has(set, "SameSite=Lax"));
  EXPECT_FALSE(Has(set, "Secure"));
  auto home = GetWith("/", CookieFrom(r, "pacte_session"));
  EXPECT_EQ(home.status, 200);
  EXPECT_TRUE(Has(home.body, "Prénom jeanne"));
}

TEST(AuthHttpSecure, SecureCookiesWhenConfigured) {
  auto settings = TestSettings();
  settings.secure_cookies = true;
  TestServer server(settings);
  CreateAgent(server.db().store(), server.clock(), server.settings(), "jeanne@cd92.fr",
              {Role::kReferent});
  auto page = server.Get("/connexion");
  auto r = Send(server.port(), ClientRequest{"POST",
                                             "/connexion",
                                             {{"Content-Type", "application/x-www-form-urlencoded"},
                                              {"Cookie", CookieFrom(page, "pacte_csrf")}},
                                             FormBody({{"_csrf", CsrfFromPage(page.body)},
                                                       {"email", "jeanne@cd92.fr"},
                                                       {"password", kTestPassword}})});
  ASSERT_EQ(r.status, 303);
  bool secure = false;
  for (const auto& c : r.SetCookies()) {
    if (c.rfind("pacte_session=", 0) == 0) secure = Has(c, "; Secure");
  }
  EXPECT_TRUE(secure);
}

TEST_F(AuthHttp, RedirectsOnlyToLocalTargets) {
  Agent("jeanne@cd92.fr");
  EXPECT_EQ(PostLogin(Visit(), "jeanne@cd92.fr", kTestPassword, "/compte").Header("location"),
            "/compte");
  EXPECT_EQ(
      PostLogin(Visit(), "jeanne@cd92.fr", kTestPassword, "//evil.example/x").Header("location"),
      "/");
  EXPECT_EQ(PostLogin(Visit(), "jeanne@cd92.fr", kTestPassword, "https://evil.example")
                .Header("location"),
            "/");
  auto protected_page = server.Get("/compte");
  EXPECT_EQ(protected_page.status, 303);
  EXPECT_EQ(protected_page.Header("location"), "/connexion?suite=%2Fcompte");
  auto login = server.Get("/connexion?suite=%2Fcompte");
  EXPECT_TRUE(Has(login.body, "name=\"suite\" value=\"/compte\""));
}

TEST_F(AuthHttp, UnknownEmailGetsTheSameAnswerAsAWrongPassword) {
  Agent("jeanne@cd92.fr");
  auto a = Visit();
  auto wrong = PostLogin(a, "jeanne@cd92.fr", "pas-le-bon-mot-de-passe");
  auto unknown = PostLogin(a, "jenne@cd92.fr", "pas-le-bon-mot-de-passe");
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, wrong.status);
  EXPECT_TRUE(Has(wrong.body, "class=\"alert alert-error\" role=\"alert\""));
  EXPECT_TRUE(Has(wrong.body, "Adresse e-mail ou mot de passe incorrect.")) << wrong.body;
  std::string normalised = unknown.body;
  normalised.replace(normalised.find("jenne@cd92.fr"), 13, "jeanne@cd92.fr");
  EXPECT_EQ(normalised, wrong.body);
  EXPECT_TRUE(Has(wrong.body, "aria-invalid=\"true\""));
}

TEST_F(AuthHttp, FiveFailuresFromOneAddressLockItForFifteenMinutes) {
  Agent("jeanne@cd92.fr");
  auto a = Visit();
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(PostLogin(a, "inconnu" + std::to_string(i) + "@cd92.fr", "x").status, 401) << i;
  }
  auto locked = PostLogin(a, "jeanne@cd92.fr", kTestPassword);
  EXPECT_EQ(locked.status, 429);
  EXPECT_TRUE(Has(locked.body, "Trop de tentatives : réessayez dans 15 minutes."));
  EXPECT_TRUE(CookieFrom(locked, "pacte_session").empty());
  server.clock().Advance(minutes(15));
  EXPECT_EQ(PostLogin(a, "jeanne@cd92.fr", kTestPassword).status, 303);
}

TEST_F(AuthHttp, IdleSessionsGoBackToTheLoginPage) {
  Agent("jeanne@cd92.fr");
  auto session = LoginSession(server, "jeanne@cd92.fr");
  server.clock().Advance(minutes(20));
  EXPECT_EQ(GetWith("/", session.cookie).status, 200);
  server.clock().Advance(minutes(31));
  auto expired = GetWith("/compte", session.cookie);
  EXPECT_EQ(expired.status, 303);
  EXPECT_EQ(expired.Header("location"), "/connexion?suite=%2Fcompte");
}

TEST_F(AuthHttp, LoginRotatesTheSessionId) {
  Agent("jeanne@cd92.fr");
  auto first = LoginSession(server, "jeanne@cd92.fr");
  std::string old_cookie = first.cookie.substr(0, first.cookie.find(';'));
  auto again = PostLogin(Visit(), "jeanne@cd92.fr", kTestPassword, "", old_cookie);
  ASSERT_EQ(again.status, 303);
  std::string new_cookie = CookieFrom(again, "pacte_session");
  EXPECT_NE(new_cookie, old_cookie);
  EXPECT_EQ(GetWith("/", old_cookie).status, 303) << "the old id is dead";
  EXPECT_EQ(GetWith("/", new_cookie).status, 200);
}

TEST_F(AuthHttp, LogoutKillsTheSession) {
  Agent("jeanne@cd92.fr");
  auto session = LoginSession(server, "jeanne@cd92.fr");
  auto without_csrf = PostForm(server, SessionCookies{session.cookie, ""}, "/deconnexion", {});
  EXPECT_EQ(without_csrf.status, 403);
  EXPECT_EQ(GetWith("/", session.cookie).status, 200) << "still signed in";
  auto out = PostForm(server, session, "/deconnexion", {});
  EXPECT_EQ(out.status, 303);
  EXPECT_EQ(out.Header("location"), "/connexion");
  bool cleared = false;
  for (const auto& c : out.SetCookies()) {
    if (c.rfind("pacte_session=;", 0) == 0) cleared = Has(c, "Max-Age=0");
  }
  EXPECT_TRUE(cleared);
  EXPECT_EQ(GetWith("/", session.cookie).status, 303);
}

TEST_F(AuthHttp, AdminWithoutTotpMustEnrolBeforeReachingHome) {
  // Created through the use case, without the helper's preset second factor.
  app::NewAgentInput in{"admin@cd92.fr", "Anne", "Admin", {"admin"}, {}, {}, kTestPassword};
  ASSERT_TRUE(app::CreateAgent(server.db().store(), server.clock(), server.settings(),
                               app::Actor::System("test"), in));

  auto login = PostLogin(Visit(), "admin@cd92.fr", kTestPassword, "/admin/agents");
  ASSERT_EQ(login.status, 303);
  EXPECT_EQ(login.Header("location"),
            "/connexion/second-facteur/activation?suite=%2Fadmin%2Fagents");
  std::string cookie = CookieFrom(login, "pacte_session");
  auto home = GetWith("/", cookie);
  EXPECT_EQ(home.status, 303);
  EXPECT_EQ(home.Header("location"), "/connexion/second-facteur");
  auto verify = GetWith("/connexion/second-facteur", cookie);
  EXPECT_EQ(verify.status, 303);
  EXPECT_EQ(verify.Header("location"), "/connexion/second-facteur/activation");

  auto enrol = GetWith("/connexion/second-facteur/activation?suite=%2Fadmin%2Fagents", cookie);
  ASSERT_EQ(enrol.status, 200);
  EXPECT_TRUE(Has(enrol.body, "<h1>Activer la double authentification</h1>"));
  EXPECT_TRUE(Has(enrol.body, "otpauth://totp/pacte:admin%40cd92.fr?secret="));
  auto start = enrol.body.find("id=\"totp-secret\">") + 17;
  std::string base32;
  for (auto i = start; enrol.body[i] != '<'; ++i) {
    if (enrol.body[i] != ' ') base32.push_back(enrol.body[i]);
  }
  auto secret = app::TotpSecretFromBase32(base32);
  ASSERT_TRUE(secret);
  SessionCookies half{cookie, CsrfFromPage(enrol.body)};
  std::string good = TotpCodeAt(*secret, server.clock().Now());
  auto wrong =
      PostForm(server, half, "/connexion/second-facteur/activation",
               {{"code", good == "000000" ? "111111" : "000000"}, {"suite", "/admin/agents"}});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_TRUE(Has(wrong.body, "id=\"code-error\""));
  EXPECT_TRUE(Has(wrong.body, "aria-invalid=\"true\""));
  EXPECT_TRUE(Has(wrong.body, base32.substr(0, 4))) << "same secret shown again";
  auto done = PostForm(server, half, "/connexion/second-facteur/activation",
                       {{"code", good}, {"suite", "/admin/agents"}});
  EXPECT_EQ(done.status, 303);
  EXPECT_EQ(done.Header("location"), "/admin/agents");
  EXPECT_EQ(GetWith("/", cookie).status, 200);
  EXPECT_EQ(GetWith("/admin/agents", cookie).status, 200);
}

TEST_F(AuthHttp, AdminWithTotpEntersACode) {
  Agent("admin@cd92.fr", {Role::kAdmin});
  auto login = PostLogin(Visit(), "admin@cd92.fr", kTestPassword);
  EXPECT_EQ(login.Header("location"), "/connexion/second-facteur");
  std::string cookie = CookieFrom(login, "pacte_session");
  auto form = GetWith("/connexion/second-facteur", cookie);
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(Has(form.body, "<label for=\"code\">Code à 6 chiffres</label>"));
  SessionCookies half{cookie, CsrfFromPage(form.body)};
  std::string good = TotpCodeAt(kTestTotpSecret, server.clock().Now());
  auto wrong = PostForm(server, half, "/connexion/second-facteur",
                        {{"code", good == "000000" ? "111111" : "000000"}});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_TRUE(Has(wrong.body, "Code incorrect ou expiré"));
  EXPECT_EQ(GetWith("/", cookie).status, 303);
  auto ok = PostForm(server, half, "/connexion/second-facteur", {{"code", good}});
  EXPECT_EQ(ok.status, 303);
  EXPECT_EQ(ok.Header("location"), "/");
  EXPECT_EQ(GetWith("/", cookie).status, 200);
  EXPECT_EQ(GetWith("/connexion/second-facteur", cookie).Header("location"), "/");
}

TEST_F(AuthHttp, ResetLinkWorksOnceThenLoginWithTheNewPassword) {
  auto id = Agent("jeanne@cd92.fr");
  std::string path = IssueReset(id);
  auto page = server.Get(path);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "<h1>Choisir un nouveau mot de passe</h1>"));
  EXPECT_TRUE(Has(page.body, "jeanne@cd92.fr"));
  Anonymous a{CookieFrom(page, "pacte_csrf"), CsrfFromPage(page.body)};
  auto post = [&](const std::string& pw, const std::string& confirmation) {
    return Send(
        server.port(),
        ClientRequest{
            "POST",
            path,
            {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", a.cookie}},
            FormBody(
                {{"_csrf", a.csrf}, {"password", pw}, {"password_confirmation", confirmation}})});
  };
  auto weak = post("azertyuiop123", "azertyuiop123");
  EXPECT_EQ(weak.status, 422);
  EXPECT_TRUE(Has(weak.body, "id=\"password-error\""));
  EXPECT_TRUE(Has(weak.body, "Ce mot de passe est trop courant"));
  auto ok = post("Nouveau-Secret-2026!", "Nouveau-Secret-2026!");
  EXPECT_EQ(ok.status, 303);
  EXPECT_EQ(ok.Header("location"), "/connexion?reinitialise=1");
  EXPECT_TRUE(
      Has(server.Get("/connexion?reinitialise=1").body, "Votre mot de passe a été modifié"));
  EXPECT_EQ(post("Encore-Un-Autre-2026", "Encore-Un-Autre-2026").status, 404);
  auto reused = server.Get(path);
  EXPECT_EQ(reused.status, 404);
  EXPECT_TRUE(
      Has(reused.body, "Ce lien de réinitialisation est invalide, expiré ou déjà utilisé."));
  EXPECT_EQ(PostLogin(Visit(), "jeanne@cd92.fr", "Nouveau-Secret-2026!").status, 303);
}

TEST_F(AuthHttp, ResetLinksExpire) {
  auto id = Agent("jeanne@cd92.fr");
  std::string path = IssueReset(id);
  server.clock().Advance(hours(24));
  EXPECT_EQ(server.Get(path).status, 404);
  EXPECT_EQ(server.Get("/connexion/reinitialisation/pas-un-jeton").status, 404);
}

TEST_F(AuthHttp, ApiTokenWorksUntilRevoked) {
  auto id = Agent("jeanne@cd92.fr");
  std::string token = CreateApiToken(server.db().store(), server.clock(), id);
  auto me = server.Get("/api/v1/me", {{"Authorization", "Bearer " + token}});
  ASSERT_EQ(me.status, 200);
  auto json = nlohmann::json::parse(me.body);
  EXPECT_EQ(json["id"], id);
  EXPECT_EQ(json["email"], "jeanne@cd92.fr");
  EXPECT_FALSE(json.contains("password_hash"));
  auto none = server.Get("/api/v1/me");
  EXPECT_EQ(none.status, 401);
  EXPECT_EQ(none.Header("www-authenticate"), "Bearer");
  EXPECT_EQ(
      server.Get("/api/v1/me", {{"Authorization", "Bearer pacte_" + std::string(40, '0')}}).status,
      401);
  EXPECT_EQ(server.Get("/api/v1/me", {{"Authorization", "Basic " + token}}).status, 401);
  auto tokens = app::Read(server.db().store(),
                          [&](app::UnitOfWork& uow) { return uow.Credentials().ApiTokensOf(id); });
  ASSERT_TRUE(app::RevokeApiToken(server.db().store(), server.clock(), app::Actor::System("t"),
                                  tokens.at(0).id));
  EXPECT_EQ(server.Get("/api/v1/me", {{"Authorization", "Bearer " + token}}).status, 401);
}

TEST_F(AuthHttp, AnyAgentMayEnrolFromTheirAccount) {
  Agent("jeanne@cd92.fr");
  auto session = LoginSession(server, "jeanne@cd92.fr");
  auto account = GetWith("/compte", session.cookie);
  ASSERT_EQ(account.status, 200);
  EXPECT_TRUE(Has(account.body, "<h1>Mon compte</h1>"));
  EXPECT_TRUE(Has(account.body, "non activée"));
  auto page = GetWith("/compte/second-facteur", session.cookie);
  ASSERT_EQ(page.status, 200);
  auto start = page.body.find("id=\"totp-secret\">") + 17;
  std::string base32;
  for (auto i = start; page.body[i] != '<'; ++i) {
    if (page.body[i] != ' ') base32.push_back(page.body[i]);
  }
  auto secret = *app::TotpSecretFromBase32(base32);
  auto done = PostForm(server, session, "/compte/second-facteur",
                       {{"code", TotpCodeAt(secret, server.clock().Now())}});
  EXPECT_EQ(done.status, 303);
  EXPECT_TRUE(Has(GetWith("/compte/second-facteur", session.cookie).body,
                  "La double authentification est activée"));
  auto next = PostLogin(Visit(), "jeanne@cd92.fr", kTestPassword);
  EXPECT_EQ(next.Header("location"), "/connexion/second-facteur");
}

}  // namespace
}  // namespace pacte::testing
