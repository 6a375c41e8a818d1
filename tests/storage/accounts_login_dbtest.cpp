// Signing in: lockout per account and per address, sessions (idle and absolute expiry,
// rotation, logout), the TOTP second factor — on SQLite and PostgreSQL, with a manual clock.

#include <gtest/gtest.h>

#include "accounts_fixture.hpp"
#include "app/accounts/crypto.hpp"
#include "app/accounts/login.hpp"
#include "app/accounts/logout.hpp"
#include "app/accounts/manage_agents.hpp"
#include "app/accounts/resolve_session.hpp"
#include "app/accounts/second_factor.hpp"
#include "app/accounts/totp.hpp"

namespace pacte::testing {
namespace {

using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

constexpr const char* kPassword = "Cheval-Correct-92-Agrafe";

class Login : public AccountsDb {
 protected:
  std::int64_t Agent(const std::string& email, std::vector<std::string> roles = {"referent"}) {
    app::NewAgentInput in{email,        "Jeanne",     "Martin", std::move(roles),
                          std::nullopt, std::nullopt, kPassword};
    return app::CreateAgent(store, clock, settings, system, in).value().id;
  }

  Result<app::LoginResult> Try(const std::string& email, const std::string& password,
                               const std::string& addr = "10.0.0.1",
                               std::optional<std::string> previous = std::nullopt) {
    return app::Login(store, clock, settings,
                      app::LoginRequest{email, password, {addr, "req", "test"}, previous});
  }

  std::optional<app::SessionView> Resolve(const std::string& token) {
    return app::ResolveSession(store, clock, settings, token);
  }

  std::optional<app::SessionRecord> StoredSession(const std::string& token) {
    return app::Read(
        store, [&](app::UnitOfWork& uow) { return uow.Sessions().Find(app::Sha256Hex(token)); });
  }
};

TEST_F(Login, RightPasswordOpensASessionStoredHashed) {
  auto id = Agent("Jeanne.Martin@cd92.fr");
  auto r = Try("  jeanne.MARTIN@cd92.fr ", kPassword);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->agent_id, id);
  EXPECT_EQ(r->second_factor, app::SecondFactorStep::kNone);
  EXPECT_TRUE(app::IsLowerHex(r->session_token, 64));
  EXPECT_FALSE(StoredSession(r->session_token)->id_hash == r->session_token);
  auto view = Resolve(r->session_token);
  ASSERT_TRUE(view);
  EXPECT_EQ(view->actor.agent_id, id);
  EXPECT_EQ(view->actor.display_name, "Jeanne Martin");
  EXPECT_EQ(view->actor.roles, std::vector<Role>{Role::kReferent});
  EXPECT_EQ(view->csrf_token, r->csrf_token);
  EXPECT_FALSE(view->second_factor_pending);
  EXPECT_TRUE(Audited("session.login"));
  auto agent = app::GetAgent(store, clock, system, id);
  EXPECT_EQ(agent->last_login_at, clock.Now());
}

TEST_F(Login, UnknownEmailAnswersExactlyLikeAWrongPassword) {
  Agent("jeanne@cd92.fr");
  auto wrong = Try("jeanne@cd92.fr", "pas le bon mot de passe");
  auto unknown = Try("personne@cd92.fr", kPassword);
  ASSERT_FALSE(wrong);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(wrong.error().kind, ErrorKind::kUnauthenticated);
  EXPECT_EQ(wrong.error().kind, unknown.error().kind);
  EXPECT_EQ(wrong.error().code, unknown.error().code);
  EXPECT_EQ(wrong.error().message, "Adresse e-mail ou mot de passe incorrect.");
  EXPECT_EQ(wrong.error().message, unknown.error().message);
  auto events = store.Events();
  ASSERT_EQ(std::count_if(events.begin(), events.end(),
                          [](const auto& e) { return e.action == "session.login_failed"; }),
            2);
  for (const auto& e : events) {
    EXPECT_EQ(e.details.find("@"), std::string::npos) << "no e-mail in the audit trail";
  }
}

TEST_F(Login, InactiveAgentsAndAgentsWithoutPasswordCannotSignIn) {
  auto id = Agent("jeanne@cd92.fr");
  auto agent = app::GetAgent(store, clock, system, id).value();
  app::AgentChanges off;
  off.id = id;
  off.version = agent.version;
  off.active = false;
  ASSERT_TRUE(app::UpdateAgent(store, clock, system, off));
  EXPECT_EQ(Try("jeanne@cd92.fr", kPassword).error().kind, ErrorKind::kUnauthenticated);

  app::NewAgentInput no_password{"paul@cd92.fr", "Paul", "Durand", {"referent"}, {}, {}, ""};
  ASSERT_TRUE(app::CreateAgent(store, clock, settings, system, no_password));
  EXPECT_EQ(Try("paul@cd92.fr", "").error().kind, ErrorKind::kUnauthenticated);
}

TEST_F(Login, FiveFailuresLockTheAccountFromAnyAddressForFifteenMinutes) {
  Agent("jeanne@cd92.fr");
  for (int i = 0; i < 5; ++i) {
    auto r = Try("jeanne@cd92.fr", "mauvais", "10.0.0." + std::to_string(i + 1));
    ASSERT_EQ(r.error().kind, ErrorKind::kUnauthenticated) << i;
    clock.Advance(seconds(30));
  }
  auto locked = Try("jeanne@cd92.fr", kPassword, "10.9.9.9");
  ASSERT_FALSE(locked);
  EXPECT_EQ(locked.error().kind, ErrorKind::kLocked);
  EXPECT_EQ(locked.error().message, "Trop de tentatives : réessayez dans 15 minutes.");
  clock.Advance(minutes(14));
  EXPECT_EQ(Try("jeanne@cd92.fr", kPassword, "10.9.9.9").error().kind, ErrorKind::kLocked);
  clock.Advance(minutes(1));
  EXPECT_TRUE(Try("jeanne@cd92.fr", kPassword, "10.9.9.9"));
}

TEST_F(Login, UnknownEmailsLockLikeKnownOnes) {
  for (int i = 0; i < 5; ++i) Try("personne@cd92.fr", "x", "10.0.0." + std::to_string(i + 1));
  auto r = Try("Personne@CD92.fr", "x", "10.9.9.9");
  EXPECT_EQ(r.error().kind, ErrorKind::kLocked);
}

TEST_F(Login, FiveFailuresLockTheAddressForEveryAccount) {
  Agent("jeanne@cd92.fr");
  for (int i = 0; i < 5; ++i) {
    Try("inconnu" + std::to_string(i) + "@cd92.fr", "mauvais", "10.0.0.7");
  }
  EXPECT_EQ(Try("jeanne@cd92.fr", kPassword, "10.0.0.7").error().kind, ErrorKind::kLocked);
  EXPECT_TRUE(Try("jeanne@cd92.fr", kPassword, "10.0.0.8")) << "other addresses unaffected";
  clock.Advance(minutes(15));
  EXPECT_TRUE(Try("jeanne@cd92.fr", kPassword, "10.0.0.7"));
}

TEST_F(Login, ASuccessResetsTheAccountCount) {
  Agent("jeanne@cd92.fr");
  for (int i = 0; i < 4; ++i) Try("jeanne@cd92.fr", "mauvais", "10.0.0." + std::to_string(i));
  ASSERT_TRUE(Try("jeanne@cd92.fr", kPassword, "10.0.1.1"));
  for (int i = 0; i < 4; ++i) Try("jeanne@cd92.fr", "mauvais", "10.0.2." + std::to_string(i));
  EXPECT_TRUE(Try("jeanne@cd92.fr", kPassword, "10.0.3.1"));
}

TEST_F(Login, SessionExpiresAfterThirtyIdleMinutes) {
  Agent("jeanne@cd92.fr");
  auto token = Try("jeanne@cd92.fr", kPassword)->session_token;
  clock.Advance(minutes(29));
  ASSERT_TRUE(Resolve(token)) << "activity refreshes the session";
  clock.Advance(minutes(29));
  ASSERT_TRUE(Resolve(token));
  clock.Advance(minutes(30) + seconds(1));
  EXPECT_FALSE(Resolve(token));
  EXPECT_FALSE(StoredSession(token)) << "expired sessions are deleted";
}

TEST_F(Login, SessionExpiresTwelveHoursAfterSignInEvenWhenActive) {
  Agent("jeanne@cd92.fr");
  auto token = Try("jeanne@cd92.fr", kPassword)->session_token;
  for (int i = 0; i < 35; ++i) {
    clock.Advance(minutes(20));
    ASSERT_TRUE(Resolve(token)) << i;
  }
  clock.Advance(minutes(20) + seconds(1));  // 12 h + 1 s
  EXPECT_FALSE(Resolve(token));
}

TEST_F(Login, LastSeenWritesAreThrottledToOnePerMinute) {
  Agent("jeanne@cd92.fr");
  auto token = Try("jeanne@cd92.fr", kPassword)->session_token;
  Timestamp t0 = clock.Now();
  clock.Advance(seconds(59));
  ASSERT_TRUE(Resolve(token));
  EXPECT_EQ(StoredSession(token)->last_seen_at, t0);
  clock.Advance(seconds(1));
  ASSERT_TRUE(Resolve(token));
  EXPECT_EQ(StoredSession(token)->last_seen_at, t0 + seconds(60));
}

TEST_F(Login, MalformedOrUnknownTokensResolveToNothing) {
  EXPECT_FALSE(Resolve(""));
  EXPECT_FALSE(Resolve("abc"));
  EXPECT_FALSE(Resolve(std::string(64, 'A')));
  EXPECT_FALSE(Resolve(app::RandomHex(32)));
}

TEST_F(Login, SigningInAgainReplacesThePreviousSession) {
  Agent("jeanne@cd92.fr");
  auto first = Try("jeanne@cd92.fr", kPassword)->session_token;
  auto second = Try("jeanne@cd92.fr", kPassword, "10.0.0.1", first)->session_token;
  EXPECT_NE(first, second);
  EXPECT_FALSE(Resolve(first));
  EXPECT_TRUE(Resolve(second));
}

TEST_F(Login, LogoutDeletesTheSession) {
  Agent("jeanne@cd92.fr");
  auto token = Try("jeanne@cd92.fr", kPassword)->session_token;
  auto actor = Resolve(token)->actor;
  app::Logout(store, clock, actor, token);
  EXPECT_FALSE(Resolve(token));
  EXPECT_TRUE(Audited("session.logout"));
}

TEST_F(Login, DeactivationKillsSessions) {
  auto id = Agent("jeanne@cd92.fr");
  auto token = Try("jeanne@cd92.fr", kPassword)->session_token;
  app::AgentChanges off;
  off.id = id;
  off.version = 1;
  off.active = false;
  ASSERT_TRUE(app::UpdateAgent(store, clock, system, off));
  EXPECT_FALSE(StoredSession(token));
  EXPECT_FALSE(Resolve(token));
}

class SecondFactor : public Login {
 protected:
  std::string AdminSession() {
    Agent("admin@cd92.fr", {"admin"});
    auto r = Try("admin@cd92.fr", kPassword);
    EXPECT_EQ(r->second_factor, app::SecondFactorStep::kEnrol);
    return r->session_token;
  }
  std::string SecretOf(const app::TotpEnrolment& e) {
    return *app::TotpSecretFromBase32(e.secret_base32);
  }
  Status Confirm(const std::string& token, const std::string& code) {
    return app::ConfirmTotpEnrolment(store, clock, settings, token, code, {"10.0.0.1", "r", ""});
  }
  Status Verify(const std::string& token, const std::string& code,
                const std::string& addr = "10.0.0.1") {
    return app::VerifySecondFactor(store, clock, settings, token, code, {addr, "r", ""});
  }
};

TEST_F(SecondFactor, AdminWithoutTotpMustEnrolBeforeTheSessionIsComplete) {
  auto token = AdminSession();
  EXPECT_TRUE(Resolve(token)->second_factor_pending);
  auto enrolment = app::StartTotpEnrolment(store, clock, settings, token);
  ASSERT_TRUE(enrolment);
  EXPECT_EQ(enrolment->secret_base32.size(), 32u);
  EXPECT_EQ(enrolment->uri.rfind("otpauth://totp/pacte:admin%40cd92.fr?secret=", 0), 0u);
  auto again = app::StartTotpEnrolment(store, clock, settings, token);
  EXPECT_EQ(again->secret_base32, enrolment->secret_base32) << "a reload shows the same secret";

  auto wrong = Confirm(token, "000000");
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().kind, ErrorKind::kInvalid);
  EXPECT_EQ(wrong.error().fields.at(0).field, "code");
  EXPECT_TRUE(Resolve(token)->second_factor_pending);

  ASSERT_TRUE(Confirm(token, app::TotpCode(SecretOf(*enrolment), clock.Now())));
  auto view = Resolve(token);
  EXPECT_FALSE(view->second_factor_pending);
  EXPECT_TRUE(view->totp_enabled);
  EXPECT_TRUE(Audited("agent.totp_enable"));
  EXPECT_EQ(app::StartTotpEnrolment(store, clock, settings, token).error().kind,
            ErrorKind::kConflict);

  // The secret is stored encrypted, never in clear.
  auto stored = app::Read(store, [&](app::UnitOfWork& uow) {
    return uow.Agents().Secrets(view->actor.agent_id)->totp_secret.value_or("");
  });
  EXPECT_EQ(stored.find(app::Sha256Hex("")), std::string::npos);
  EXPECT_EQ(app::DecryptSecret(settings.secret_key, stored), SecretOf(*enrolment));

  // Next sign-in asks for the code.
  auto next = Try("admin@cd92.fr", kPassword);
  EXPECT_EQ(next->second_factor, app::SecondFactorStep::kVerify);
  clock.Advance(seconds(45));
  std::string good = app::TotpCode(SecretOf(*enrolment), clock.Now());
  auto wrong_code = Verify(next->session_token, good == "123456" ? "654321" : "123456");
  ASSERT_FALSE(wrong_code);
  EXPECT_EQ(wrong_code.error().message,
            "Code incorrect ou expiré : saisissez le code à 6 chiffres affiché par votre "
            "application.");
  EXPECT_TRUE(Resolve(next->session_token)->second_factor_pending);
  ASSERT_TRUE(Verify(next->session_token, good));
  EXPECT_FALSE(Resolve(next->session_token)->second_factor_pending);
}

TEST_F(SecondFactor, WrongCodesCountTowardTheLockout) {
  auto token = AdminSession();
  auto secret = SecretOf(*app::StartTotpEnrolment(store, clock, settings, token));
  std::string good = app::TotpCode(secret, clock.Now());
  std::string bad = good == "000000" ? "111111" : "000000";
  for (int i = 0; i < 5; ++i) EXPECT_EQ(Confirm(token, bad).error().kind, ErrorKind::kInvalid);
  auto locked = Confirm(token, good);
  ASSERT_FALSE(locked);
  EXPECT_EQ(locked.error().kind, ErrorKind::kLocked);
  EXPECT_EQ(Try("admin@cd92.fr", kPassword, "10.5.5.5").error().kind, ErrorKind::kLocked)
      << "the account is locked for passwords too";
}

TEST_F(SecondFactor, PasswordSuccessDoesNotResetTheCodeFailures) {
  Agent("admin@cd92.fr", {"admin"});
  auto first = Try("admin@cd92.fr", kPassword)->session_token;
  auto secret = SecretOf(*app::StartTotpEnrolment(store, clock, settings, first));
  ASSERT_TRUE(Confirm(first, app::TotpCode(secret, clock.Now())));
  std::string good = app::TotpCode(secret, clock.Now());
  std::string bad = good == "000000" ? "111111" : "000000";
  for (int i = 0; i < 5; ++i) {
    auto token = Try("admin@cd92.fr", kPassword, "10.1.1." + std::to_string(i));
    ASSERT_TRUE(token) << i;
    EXPECT_EQ(Verify(token->session_token, bad, "10.1.1." + std::to_string(i)).error().kind,
              ErrorKind::kInvalid);
  }
  EXPECT_EQ(Try("admin@cd92.fr", kPassword, "10.2.2.2").error().kind, ErrorKind::kLocked);
}

TEST_F(SecondFactor, VerifyNeedsAnEnrolledSecretAndALiveSession) {
  Agent("jeanne@cd92.fr");
  auto token = Try("jeanne@cd92.fr", kPassword)->session_token;
  EXPECT_EQ(Verify(token, "123456").error().kind, ErrorKind::kConflict);
  EXPECT_EQ(Verify(app::RandomHex(32), "123456").error().kind, ErrorKind::kUnauthenticated);
  EXPECT_EQ(Confirm("nope", "123456").error().kind, ErrorKind::kUnauthenticated);
}

TEST_F(SecondFactor, AnyAgentMayEnrolOptionally) {
  Agent("jeanne@cd92.fr");
  auto token = Try("jeanne@cd92.fr", kPassword)->session_token;
  auto secret = SecretOf(*app::StartTotpEnrolment(store, clock, settings, token));
  ASSERT_TRUE(Confirm(token, app::TotpCode(secret, clock.Now())));
  EXPECT_EQ(Try("jeanne@cd92.fr", kPassword)->second_factor, app::SecondFactorStep::kVerify);
}

TEST_F(SecondFactor, AnAdminResetsALostSecondFactor) {
  auto token = AdminSession();
  auto secret = SecretOf(*app::StartTotpEnrolment(store, clock, settings, token));
  ASSERT_TRUE(Confirm(token, app::TotpCode(secret, clock.Now())));
  auto id = Resolve(token)->actor.agent_id;
  app::Actor referent;
  referent.agent_id = Agent("ref@cd92.fr");
  referent.roles = {Role::kReferent};
  EXPECT_EQ(app::ResetSecondFactor(store, clock, referent, id).error().kind, ErrorKind::kForbidden);
  EXPECT_EQ(app::ResetSecondFactor(store, clock, system, id + 100).error().kind,
            ErrorKind::kNotFound);
  ASSERT_TRUE(app::ResetSecondFactor(store, clock, system, id));
  EXPECT_TRUE(Audited("agent.totp_reset"));
  EXPECT_FALSE(Resolve(token)) << "sessions are closed";
  EXPECT_EQ(Try("admin@cd92.fr", kPassword)->second_factor, app::SecondFactorStep::kEnrol);
}

TEST_F(SecondFactor, ASecretUnderAnotherServerKeyIsReportedNotLooped) {
  auto id = Agent("jeanne@cd92.fr");
  app::Write(store, [&](app::UnitOfWork& uow) {
    uow.Agents().SetTotpSecret(id, app::EncryptSecret("an-older-server-key-an-older-key-000", "x"),
                               clock.Now());
    return true;
  });
  auto token = Try("jeanne@cd92.fr", kPassword)->session_token;
  auto r = Verify(token, "123456");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "totp.unreadable");
}

}  // namespace
}  // namespace pacte::testing
