// Managing accounts: agents (policy, validation, audit), password-reset links, API tokens —
// on SQLite and PostgreSQL, with a manual clock.

#include <gtest/gtest.h>

#include "accounts_fixture.hpp"
#include "support/organisation_helpers.hpp"
#include "app/accounts/api_tokens.hpp"
#include "app/accounts/crypto.hpp"
#include "app/accounts/login.hpp"
#include "app/accounts/manage_agents.hpp"
#include "app/accounts/password_reset.hpp"
#include "app/accounts/resolve_session.hpp"

namespace pacte::testing {
namespace {

using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

constexpr const char* kPassword = "Cheval-Correct-92-Agrafe";

class Manage : public AccountsDb {
 protected:
  app::NewAgentInput Input(const std::string& email, std::vector<std::string> roles = {"referent"},
                           std::string password = kPassword) {
    return app::NewAgentInput{email,        "Jeanne",     "Martin",           std::move(roles),
                              std::nullopt, std::nullopt, std::move(password)};
  }
  Agent Create(const std::string& email, std::vector<std::string> roles = {"referent"}) {
    return app::CreateAgent(store, clock, settings, system, Input(email, std::move(roles))).value();
  }
  app::Actor ActorOf(const Agent& a) {
    app::Actor actor;
    actor.agent_id = a.id;
    actor.roles = a.roles;
    return actor;
  }
  std::string ResetToken(const std::string& url) { return url.substr(url.rfind('/') + 1); }
  Result<app::LoginResult> SignIn(const std::string& email, const std::string& password) {
    return app::Login(store, clock, settings,
                      app::LoginRequest{email, password, {"10.0.0.1", "", ""}, {}});
  }
};

TEST_F(Manage, CreatesAnAgentWithNormalisedEmailAndHashedPassword) {
  auto agent = app::CreateAgent(store, clock, settings, system,
                                Input(" Jeanne.Martin@CD92.fr ", {"referent", "coordinateur"}));
  ASSERT_TRUE(agent) << agent.error().message;
  EXPECT_EQ(agent->email, "jeanne.martin@cd92.fr");
  EXPECT_EQ(agent->roles.size(), 2u);
  EXPECT_TRUE(agent->active);
  auto secrets =
      app::Read(store, [&](app::UnitOfWork& uow) { return *uow.Agents().Secrets(agent->id); });
  ASSERT_TRUE(secrets.password_hash);
  EXPECT_EQ(secrets.password_hash->rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(Audited("agent.create"));
}

TEST_F(Manage, EmailsAreUniqueWhateverTheirCase) {
  Create("jeanne@cd92.fr");
  auto dup = app::CreateAgent(store, clock, settings, system, Input("JEANNE@cd92.FR"));
  ASSERT_FALSE(dup);
  EXPECT_EQ(dup.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(dup.error().fields.at(0).field, "email");
  EXPECT_EQ(dup.error().fields.at(0).message, "Cette adresse e-mail est déjà utilisée.");
}

TEST_F(Manage, ReportsEveryInvalidFieldAndStoresNothing) {
  app::NewAgentInput in{"pas-une-adresse", "",           "Martin", {"pape"},
                        std::int64_t{-1},  std::nullopt, "court"};
  auto r = app::CreateAgent(store, clock, settings, system, in);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kInvalid);
  std::vector<std::string> fields;
  for (const auto& f : r.error().fields) fields.push_back(f.field);
  EXPECT_EQ(fields,
            (std::vector<std::string>{"email", "first_name", "roles", "structure_id", "password"}));
  auto weak = app::CreateAgent(store, clock, settings, system,
                               Input("a@cd92.fr", {"referent"}, "motdepasse123"));
  EXPECT_EQ(weak.error().fields.at(0).message,
            "Ce mot de passe est trop courant : choisissez-en un autre.");
  auto none = app::ListAgents(store, clock, system, {}, {});
  EXPECT_EQ(none->total, 0);
}

TEST_F(Manage, UnknownStructureOrTerritoryIsRefusedOnCreateAndUpdate) {
  app::NewAgentInput in = Input("lea@cd92.fr");
  in.structure_id = 999999;
  in.territory_id = 888888;
  auto r = app::CreateAgent(store, clock, settings, system, in);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kInvalid);
  ASSERT_EQ(r.error().fields.size(), 2u);
  EXPECT_EQ(r.error().fields[0].field, "structure_id");
  EXPECT_EQ(r.error().fields[0].message, "Structure inconnue.");
  EXPECT_EQ(r.error().fields[1].field, "territory_id");
  EXPECT_EQ(app::ListAgents(store, clock, system, {}, {})->total, 0);

  auto agent = Create("paul@cd92.fr");
  app::AgentChanges change;
  change.id = agent.id;
  change.version = agent.version;
  change.structure_id = std::optional<std::int64_t>{424242};
  auto u = app::UpdateAgent(store, clock, system, change);
  ASSERT_FALSE(u);
  EXPECT_EQ(u.error().fields.at(0).field, "structure_id");
}

// Regression: the same roles sent in another order were recorded as a change of roles.
TEST_F(Manage, SameRolesInAnotherOrderAreNotAChange) {
  auto a = Create("jeanne@cd92.fr", {"referent", "coordinateur"});
  app::AgentChanges c;
  c.id = a.id;
  c.version = a.version;
  c.roles = std::vector<std::string>{"referent", "coordinateur"};  // stored sorted by code
  c.last_name = "Durand";
  ASSERT_TRUE(app::UpdateAgent(store, clock, system, c));
  auto details = store.Events().back().details;
  EXPECT_NE(details.find("last_name"), std::string::npos) << details;
  EXPECT_EQ(details.find("roles"), std::string::npos) << details;
}

TEST_F(Manage, OnlyAdminsManageAgents) {
  auto referent = Create("ref@cd92.fr");
  auto admin = Create("admin@cd92.fr", {"admin"});
  auto as_ref = ActorOf(referent);
  EXPECT_EQ(app::CreateAgent(store, clock, settings, as_ref, Input("x@cd92.fr")).error().kind,
            ErrorKind::kForbidden);
  EXPECT_EQ(app::ListAgents(store, clock, as_ref, {}, {}).error().kind, ErrorKind::kForbidden);
  EXPECT_EQ(app::GetAgent(store, clock, as_ref, admin.id).error().kind, ErrorKind::kForbidden);
  EXPECT_TRUE(app::GetAgent(store, clock, as_ref, referent.id)) << "anyone reads themself";
  app::AgentChanges c;
  c.id = referent.id;
  c.version = referent.version;
  c.roles = std::vector<std::string>{"admin"};
  EXPECT_EQ(app::UpdateAgent(store, clock, as_ref, c).error().kind, ErrorKind::kForbidden);
  EXPECT_EQ(app::IssuePasswordReset(store, clock, settings, as_ref, admin.id).error().kind,
            ErrorKind::kForbidden);
  EXPECT_EQ(app::CreateApiToken(store, clock, as_ref, referent.id, "x").error().kind,
            ErrorKind::kForbidden);
  EXPECT_TRUE(app::ListAgents(store, clock, ActorOf(admin), {}, {}));
}

TEST_F(Manage, ReadsAreAudited) {
  auto a = Create("jeanne@cd92.fr");
  ASSERT_TRUE(app::GetAgent(store, clock, system, a.id));
  ASSERT_TRUE(app::ListAgents(store, clock, system, {}, {}));
  auto events = store.Events();
  int reads = 0;
  for (const auto& e : events) {
    if (e.action != "agent.read") continue;
    ++reads;
    EXPECT_EQ(e.details.find("jeanne"), std::string::npos) << "no personal data in details";
  }
  EXPECT_EQ(reads, 2);
}

TEST_F(Manage, UpdateAppliesChangesAndRefusesStaleVersions) {
  auto a = Create("jeanne@cd92.fr");
  app::AgentChanges c;
  c.id = a.id;
  c.version = a.version;
  c.last_name = "Martin-Durand";
  auto org = CreateTestStructure(store, clock);
  c.structure_id = std::optional<std::int64_t>{org.structure_id};
  auto updated = app::UpdateAgent(store, clock, system, c);
  ASSERT_TRUE(updated) << updated.error().message;
  EXPECT_EQ(updated->last_name, "Martin-Durand");
  EXPECT_EQ(updated->first_name, "Jeanne") << "absent fields keep their value";
  EXPECT_EQ(updated->structure_id, org.structure_id);
  EXPECT_EQ(updated->version, a.version + 1);
  auto events = store.Events();
  EXPECT_NE(events.back().details.find("last_name"), std::string::npos);

  auto stale = app::UpdateAgent(store, clock, system, c);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, ErrorKind::kStale);
  app::AgentChanges ghost = c;
  ghost.id = a.id + 100;
  EXPECT_EQ(app::UpdateAgent(store, clock, system, ghost).error().kind, ErrorKind::kNotFound);
  app::AgentChanges bad;
  bad.id = a.id;
  bad.version = updated->version;
  bad.roles = std::vector<std::string>{};
  EXPECT_EQ(app::UpdateAgent(store, clock, system, bad).error().fields.at(0).field, "roles");
}

TEST_F(Manage, AdminsCannotLockThemselvesOut) {
  auto admin = Create("admin@cd92.fr", {"admin"});
  app::AgentChanges c;
  c.id = admin.id;
  c.version = admin.version;
  c.active = false;
  auto self = app::UpdateAgent(store, clock, ActorOf(admin), c);
  ASSERT_FALSE(self);
  EXPECT_EQ(self.error().message, "Vous ne pouvez pas désactiver votre propre compte.");
  c.active.reset();
  c.roles = std::vector<std::string>{"referent"};
  EXPECT_EQ(app::UpdateAgent(store, clock, ActorOf(admin), c).error().fields.at(0).field, "roles");
}

TEST_F(Manage, ResetLinkWorksOnceAndKillsSessions) {
  auto a = Create("jeanne@cd92.fr");
  auto old_session = SignIn("jeanne@cd92.fr", kPassword)->session_token;
  auto issued = app::IssuePasswordReset(store, clock, settings, system, a.id);
  ASSERT_TRUE(issued);
  EXPECT_EQ(issued->url.rfind(settings.public_url + "/connexion/reinitialisation/", 0), 0u);
  EXPECT_EQ(issued->expires_at, clock.Now() + hours(24));
  EXPECT_TRUE(Audited("agent.password_reset_issued"));
  auto token = ResetToken(issued->url);
  EXPECT_EQ(app::CheckPasswordReset(store, clock, token)->email, "jeanne@cd92.fr");

  app::ClientInfo client{"10.0.0.1", "r", ""};
  auto weak = app::ResetPassword(store, clock, settings, token, "jeanne", "jeanne", client);
  ASSERT_FALSE(weak);
  EXPECT_EQ(weak.error().fields.at(0).field, "password");
  auto mismatch = app::ResetPassword(store, clock, settings, token, "Nouveau-Secret-2026!",
                                     "Nouveau-Secret-2027!", client);
  EXPECT_EQ(mismatch.error().fields.at(0).field, "password_confirmation");
  ASSERT_TRUE(app::ResolveSession(store, clock, settings, old_session)) << "nothing changed yet";

  ASSERT_TRUE(app::ResetPassword(store, clock, settings, token, "Nouveau-Secret-2026!",
                                 "Nouveau-Secret-2026!", client));
  EXPECT_FALSE(app::ResolveSession(store, clock, settings, old_session));
  EXPECT_FALSE(SignIn("jeanne@cd92.fr", kPassword));
  EXPECT_TRUE(SignIn("jeanne@cd92.fr", "Nouveau-Secret-2026!"));

  auto reused = app::ResetPassword(store, clock, settings, token, "Encore-Un-Autre-2026",
                                   "Encore-Un-Autre-2026", client);
  ASSERT_FALSE(reused);
  EXPECT_EQ(reused.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(reused.error().message,
            "Ce lien de réinitialisation est invalide, expiré ou déjà utilisé.");
}

TEST_F(Manage, ResetLinksExpireAndAreSupersededByNewOnes) {
  auto a = Create("jeanne@cd92.fr");
  auto first = ResetToken(app::IssuePasswordReset(store, clock, settings, system, a.id)->url);
  auto second = ResetToken(app::IssuePasswordReset(store, clock, settings, system, a.id)->url);
  EXPECT_FALSE(app::CheckPasswordReset(store, clock, first)) << "superseded";
  EXPECT_TRUE(app::CheckPasswordReset(store, clock, second));
  clock.Advance(hours(24));
  EXPECT_FALSE(app::CheckPasswordReset(store, clock, second)) << "expired";
  EXPECT_FALSE(app::CheckPasswordReset(store, clock, "not-a-token"));
  EXPECT_FALSE(app::CheckPasswordReset(store, clock, app::RandomHex(32)));
}

TEST_F(Manage, AResetClearsTheAccountLockout) {
  auto a = Create("jeanne@cd92.fr");
  for (int i = 0; i < 5; ++i) {
    app::Login(
        store, clock, settings,
        app::LoginRequest{"jeanne@cd92.fr", "x", {"10.0.0." + std::to_string(i), "", ""}, {}});
  }
  EXPECT_EQ(SignIn("jeanne@cd92.fr", kPassword).error().kind, ErrorKind::kLocked);
  auto token = ResetToken(app::IssuePasswordReset(store, clock, settings, system, a.id)->url);
  ASSERT_TRUE(app::ResetPassword(store, clock, settings, token, "Nouveau-Secret-2026!",
                                 "Nouveau-Secret-2026!", {"10.0.9.9", "", ""}));
  EXPECT_TRUE(SignIn("jeanne@cd92.fr", "Nouveau-Secret-2026!"));
}

TEST_F(Manage, ApiTokensActAsTheirAgentUntilRevoked) {
  auto a = Create("jeanne@cd92.fr");
  auto issued = app::CreateApiToken(store, clock, system, a.id, "  export  ");
  ASSERT_TRUE(issued);
  EXPECT_EQ(issued->token.rfind("pacte_", 0), 0u);
  EXPECT_EQ(issued->token.size(), 46u);
  EXPECT_TRUE(Audited("token.create"));
  auto stored = app::Read(
      store, [&](app::UnitOfWork& uow) { return *uow.Credentials().FindApiToken(issued->id); });
  EXPECT_EQ(stored.name, "export");
  auto actor = app::ResolveApiToken(store, clock, issued->token);
  ASSERT_TRUE(actor);
  EXPECT_EQ(actor->agent_id, a.id);
  EXPECT_EQ(actor->display_name, "Jeanne Martin");

  ASSERT_TRUE(app::RevokeApiToken(store, clock, system, issued->id));
  EXPECT_TRUE(Audited("token.revoke"));
  EXPECT_FALSE(app::ResolveApiToken(store, clock, issued->token));
  EXPECT_EQ(app::RevokeApiToken(store, clock, system, issued->id).error().kind,
            ErrorKind::kNotFound);
  EXPECT_FALSE(app::ResolveApiToken(store, clock, "pacte_" + std::string(40, '0')));
  EXPECT_FALSE(app::ResolveApiToken(store, clock, "Bearer nonsense"));
  EXPECT_EQ(app::CreateApiToken(store, clock, system, a.id + 100, "x").error().kind,
            ErrorKind::kNotFound);
}

TEST_F(Manage, DeactivationRevokesTokens) {
  auto a = Create("jeanne@cd92.fr");
  auto token = app::CreateApiToken(store, clock, system, a.id, "")->token;
  app::AgentChanges off;
  off.id = a.id;
  off.version = a.version;
  off.active = false;
  ASSERT_TRUE(app::UpdateAgent(store, clock, system, off));
  EXPECT_FALSE(app::ResolveApiToken(store, clock, token));
  auto refused = app::CreateApiToken(store, clock, system, a.id, "");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().fields.at(0).field, "agent");
  off.version = a.version + 1;
  off.active = true;
  ASSERT_TRUE(app::UpdateAgent(store, clock, system, off));
  EXPECT_FALSE(app::ResolveApiToken(store, clock, token)) << "revoked for good";
  EXPECT_TRUE(app::CreateApiToken(store, clock, system, a.id, "")) << "active again";
}

TEST_F(Manage, TokenUseIsRecordedAtMostOncePerMinute) {
  auto a = Create("jeanne@cd92.fr");
  auto issued = *app::CreateApiToken(store, clock, system, a.id, "");
  auto last_used = [&] {
    return app::Read(store, [&](app::UnitOfWork& uow) {
      return uow.Credentials().FindApiToken(issued.id)->last_used_at;
    });
  };
  Timestamp t0 = clock.Now();
  app::ResolveApiToken(store, clock, issued.token);
  EXPECT_EQ(last_used(), t0);
  clock.Advance(seconds(30));
  app::ResolveApiToken(store, clock, issued.token);
  EXPECT_EQ(last_used(), t0);
  clock.Advance(seconds(30));
  app::ResolveApiToken(store, clock, issued.token);
  EXPECT_EQ(last_used(), t0 + minutes(1));
}

}  // namespace
}  // namespace pacte::testing
