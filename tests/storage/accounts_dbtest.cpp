// The accounts repositories on SQLite and PostgreSQL.

#include <gtest/gtest.h>

#include "accounts_fixture.hpp"
#include "storage/sql_store.hpp"

namespace pacte::testing {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

class AccountsRepositories : public AccountsDb {
 protected:
  Agent Make(const std::string& email, const std::string& first, const std::string& last,
             std::vector<Role> roles = {Role::kReferent}) {
    Agent a;
    a.email = email;
    a.first_name = first;
    a.last_name = last;
    a.roles = std::move(roles);
    a.created_at = a.updated_at = clock.Now();
    return a;
  }

  std::int64_t Insert(const Agent& a, std::optional<std::string> hash = std::nullopt) {
    return app::Write(store,
                      [&](app::UnitOfWork& uow) -> Result<std::int64_t> {
                        return uow.Agents().Insert(a, hash);
                      })
        .value();
  }

  template <class F>
  auto W(F&& f) {
    return app::Write(store, std::forward<F>(f));
  }
};

TEST_F(AccountsRepositories, InsertsAndFindsAnAgentWithRolesAndSecrets) {
  Agent a = Make("jeanne.martin@cd92.fr", "Jeanne", "Martin", {Role::kReferent, Role::kAdmin});
  a.territory_id = 3;
  auto id = Insert(a, std::string("$argon2id$hash"));
  W([&](app::UnitOfWork& uow) {
    auto found = uow.Agents().Find(id);
    EXPECT_TRUE(found.has_value());
    if (!found) return false;
    EXPECT_EQ(found->email, "jeanne.martin@cd92.fr");
    EXPECT_EQ(found->DisplayName(), "Jeanne Martin");
    EXPECT_EQ(found->roles, (std::vector<Role>{Role::kAdmin, Role::kReferent}));
    EXPECT_EQ(found->territory_id, 3);
    EXPECT_FALSE(found->structure_id);
    EXPECT_TRUE(found->active);
    EXPECT_FALSE(found->totp_enabled);
    EXPECT_EQ(found->version, 1);
    EXPECT_EQ(found->created_at, clock.Now());
    EXPECT_EQ(uow.Agents().FindByEmail("jeanne.martin@cd92.fr")->id, id);
    EXPECT_FALSE(uow.Agents().FindByEmail("personne@cd92.fr"));
    EXPECT_FALSE(uow.Agents().Find(id + 100));
    auto secrets = uow.Agents().Secrets(id);
    EXPECT_EQ(secrets->password_hash, "$argon2id$hash");
    EXPECT_FALSE(secrets->totp_secret);
    uow.Agents().SetTotpSecret(id, std::string("abcd"), clock.Now());
    uow.Agents().SetLastLogin(id, clock.Now());
    EXPECT_TRUE(uow.Agents().Find(id)->totp_enabled);
    EXPECT_EQ(uow.Agents().Find(id)->last_login_at, clock.Now());
    EXPECT_EQ(uow.Agents().Find(id)->version, 1) << "credentials do not bump the version";
    return true;
  });
}

TEST_F(AccountsRepositories, DuplicateEmailIsAConflictOnTheEmailField) {
  Insert(Make("jeanne@cd92.fr", "Jeanne", "Martin"));
  auto again = W([&](app::UnitOfWork& uow) {
    return uow.Agents().Insert(Make("jeanne@cd92.fr", "Autre", "Personne"), std::nullopt);
  });
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(again.error().message, "Cette adresse e-mail est déjà utilisée.");
  EXPECT_EQ(again.error().fields.at(0).field, "email");
}

TEST_F(AccountsRepositories, UpdateChecksTheVersionAndReplacesRoles) {
  auto id = Insert(Make("jeanne@cd92.fr", "Jeanne", "Martin"));
  Insert(Make("paul@cd92.fr", "Paul", "Durand"));
  auto current = W([&](app::UnitOfWork& uow) { return *uow.Agents().Find(id); });
  Agent next = current;
  next.last_name = "Martin-Durand";
  next.roles = {Role::kCoordinateur};
  next.structure_id = 12;
  ASSERT_TRUE(W([&](app::UnitOfWork& uow) { return uow.Agents().Update(next, clock.Now()); }));
  auto saved = W([&](app::UnitOfWork& uow) { return *uow.Agents().Find(id); });
  EXPECT_EQ(saved.version, 2);
  EXPECT_EQ(saved.last_name, "Martin-Durand");
  EXPECT_EQ(saved.roles, std::vector<Role>{Role::kCoordinateur});
  EXPECT_EQ(saved.structure_id, 12);

  auto stale = W([&](app::UnitOfWork& uow) { return uow.Agents().Update(next, clock.Now()); });
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, ErrorKind::kStale);

  Agent taken = saved;
  taken.email = "paul@cd92.fr";
  auto conflict = W([&](app::UnitOfWork& uow) { return uow.Agents().Update(taken, clock.Now()); });
  ASSERT_FALSE(conflict);
  EXPECT_EQ(conflict.error().kind, ErrorKind::kConflict);

  Agent ghost = saved;
  ghost.id = id + 100;
  ghost.email = "ghost@cd92.fr";
  auto missing = W([&](app::UnitOfWork& uow) { return uow.Agents().Update(ghost, clock.Now()); });
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().kind, ErrorKind::kNotFound);
}

TEST_F(AccountsRepositories, ListsSearchesFiltersAndPaginates) {
  Insert(Make("helene.leger@cd92.fr", "Hélène", "Léger", {Role::kReferent}));
  Insert(Make("paul.durand@cd92.fr", "Paul", "Durand", {Role::kAdmin}));
  Agent off = Make("zoe.martin@caf.fr", "Zoé", "Martin", {Role::kReferent});
  off.active = false;
  Insert(off);
  auto list = [&](app::AgentFilter f, app::PageRequest p = {}) {
    return W([&](app::UnitOfWork& uow) { return uow.Agents().List(f, p); });
  };
  auto all = list({});
  EXPECT_EQ(all.total, 3);
  ASSERT_EQ(all.items.size(), 3u);
  EXPECT_EQ(all.items[0].last_name, "Durand");
  EXPECT_EQ(all.items[0].roles, std::vector<Role>{Role::kAdmin});
  EXPECT_EQ(all.items[2].last_name, "Martin");

  EXPECT_EQ(list({"HELENE", {}, {}}).total, 1) << "accents and case folded";
  EXPECT_EQ(list({"caf.fr", {}, {}}).total, 1) << "e-mail searched";
  EXPECT_EQ(list({"h_lene", {}, {}}).total, 0) << "no LIKE wildcard";
  EXPECT_EQ(list({"", Role::kReferent, {}}).total, 2);
  EXPECT_EQ(list({"", Role::kReferent, true}).total, 1);
  EXPECT_EQ(list({"", {}, false}).items.at(0).first_name, "Zoé");

  auto page2 = list({}, app::PageRequest{2, 2});
  EXPECT_EQ(page2.total, 3);
  EXPECT_EQ(page2.number, 2);
  ASSERT_EQ(page2.items.size(), 1u);
  EXPECT_EQ(page2.items[0].last_name, "Martin");
  EXPECT_EQ(page2.items[0].roles, std::vector<Role>{Role::kReferent});
}

TEST_F(AccountsRepositories, SessionsLifecycle) {
  auto id = Insert(Make("jeanne@cd92.fr", "Jeanne", "Martin"));
  auto other = Insert(Make("paul@cd92.fr", "Paul", "Durand"));
  Timestamp t0 = clock.Now();
  W([&](app::UnitOfWork& uow) {
    auto& s = uow.Sessions();
    s.Insert({"h1", id, t0, t0, "csrf1", false, std::nullopt, "10.0.0.1", "Firefox"});
    s.Insert({"h2", id, t0, t0, "csrf2", true, std::nullopt, "10.0.0.1", ""});
    s.Insert({"h3", other, t0 - minutes(40), t0 - minutes(40), "csrf3", true, std::nullopt,
              "10.0.0.2", ""});
    auto h1 = s.Find("h1");
    EXPECT_TRUE(h1.has_value());
    if (!h1) return false;
    EXPECT_EQ(h1->agent_id, id);
    EXPECT_EQ(h1->csrf_token, "csrf1");
    EXPECT_FALSE(h1->second_factor_done);
    EXPECT_EQ(h1->user_agent, "Firefox");
    s.SetPendingTotp("h1", std::string("sealed"));
    EXPECT_EQ(s.Find("h1")->pending_totp_secret, "sealed");
    s.CompleteSecondFactor("h1");
    EXPECT_TRUE(s.Find("h1")->second_factor_done);
    EXPECT_FALSE(s.Find("h1")->pending_totp_secret) << "completion clears the pending secret";
    s.Touch("h1", t0 + minutes(5));
    EXPECT_EQ(s.Find("h1")->last_seen_at, t0 + minutes(5));
    EXPECT_EQ(s.DeleteExpired(t0 - minutes(30), t0 - std::chrono::hours(12)), 1);
    EXPECT_FALSE(s.Find("h3"));
    s.Delete("h2");
    EXPECT_FALSE(s.Find("h2"));
    EXPECT_EQ(s.DeleteForAgent(id), 1);
    EXPECT_FALSE(s.Find("h1"));
    return true;
  });
}

TEST_F(AccountsRepositories, LoginAttemptsCountFailuresSinceTheLastSuccess) {
  Timestamp t0 = clock.Now();
  W([&](app::UnitOfWork& uow) {
    auto& c = uow.Credentials();
    using app::AttemptKey;
    c.RecordAttempt({AttemptKey::kAccount, "k", t0, false});
    c.RecordAttempt({AttemptKey::kAccount, "k", t0 + seconds(1), false});
    c.RecordAttempt({AttemptKey::kAccount, "k", t0 + seconds(2), true});
    c.RecordAttempt({AttemptKey::kAccount, "k", t0 + seconds(3), false});
    c.RecordAttempt({AttemptKey::kAddress, "k", t0 + seconds(3), false});
    c.RecordAttempt({AttemptKey::kAccount, "other", t0 + seconds(3), false});
    EXPECT_EQ(c.Failures(AttemptKey::kAccount, "k", t0, false).size(), 3u);
    EXPECT_EQ(c.Failures(AttemptKey::kAccount, "k", t0, true),
              std::vector<Timestamp>{t0 + seconds(3)});
    EXPECT_EQ(c.Failures(AttemptKey::kAccount, "k", t0 + seconds(1), false).size(), 2u);
    EXPECT_EQ(c.Failures(AttemptKey::kAddress, "k", t0, true).size(), 1u);
    EXPECT_EQ(c.DeleteAttemptsBefore(t0 + seconds(2)), 2);
    EXPECT_EQ(c.Failures(AttemptKey::kAccount, "k", t0, false).size(), 1u);
    return true;
  });
}

TEST_F(AccountsRepositories, ApiTokensAreFoundByHashAndRevokedOnce) {
  auto id = Insert(Make("jeanne@cd92.fr", "Jeanne", "Martin"));
  Timestamp t0 = clock.Now();
  W([&](app::UnitOfWork& uow) {
    auto& c = uow.Credentials();
    auto t1 = c.InsertApiToken("hash1", id, "export", t0);
    auto t2 = c.InsertApiToken("hash2", id, "stats", t0);
    auto found = c.FindApiTokenByHash("hash1");
    EXPECT_TRUE(found.has_value());
    if (!found) return false;
    EXPECT_EQ(found->id, t1);
    EXPECT_EQ(found->name, "export");
    EXPECT_FALSE(found->revoked_at);
    EXPECT_FALSE(found->last_used_at);
    c.TouchApiToken(t1, t0 + minutes(1));
    EXPECT_EQ(c.FindApiToken(t1)->last_used_at, t0 + minutes(1));
    EXPECT_TRUE(c.RevokeApiToken(t1, t0 + minutes(2)));
    EXPECT_FALSE(c.RevokeApiToken(t1, t0 + minutes(3))) << "already revoked";
    EXPECT_FALSE(c.RevokeApiToken(t2 + 100, t0));
    EXPECT_EQ(c.FindApiToken(t1)->revoked_at, t0 + minutes(2));
    EXPECT_EQ(c.RevokeApiTokensOf(id, t0 + minutes(4)), 1);
    auto tokens = c.ApiTokensOf(id);
    EXPECT_EQ(tokens.size(), 2u);
    EXPECT_EQ(tokens.at(0).id, t2) << "newest first";
    EXPECT_FALSE(c.FindApiTokenByHash("unknown"));
    return true;
  });
}

TEST_F(AccountsRepositories, PasswordResetsAreUsedOnceAndSuperseded) {
  auto id = Insert(Make("jeanne@cd92.fr", "Jeanne", "Martin"));
  Timestamp t0 = clock.Now();
  W([&](app::UnitOfWork& uow) {
    auto& c = uow.Credentials();
    auto r1 = c.InsertPasswordReset("r1", id, t0, t0 + std::chrono::hours(24));
    c.InsertPasswordReset("r2", id, t0, t0 + std::chrono::hours(24));
    auto found = c.FindPasswordResetByHash("r1");
    EXPECT_TRUE(found.has_value());
    if (!found) return false;
    EXPECT_EQ(found->agent_id, id);
    EXPECT_EQ(found->expires_at, t0 + std::chrono::hours(24));
    EXPECT_FALSE(found->used_at);
    EXPECT_TRUE(c.MarkPasswordResetUsed(r1, t0));
    EXPECT_FALSE(c.MarkPasswordResetUsed(r1, t0));
    EXPECT_EQ(c.SupersedePasswordResets(id, t0), 1);
    EXPECT_TRUE(c.FindPasswordResetByHash("r2")->used_at);
    return true;
  });
}

TEST_F(AccountsRepositories, DeletingAnAgentCascadesToItsCredentials) {
  auto id = Insert(Make("jeanne@cd92.fr", "Jeanne", "Martin"));
  Timestamp t0 = clock.Now();
  W([&](app::UnitOfWork& uow) {
    uow.Sessions().Insert({"h", id, t0, t0, "c", true, std::nullopt, "a", ""});
    uow.Credentials().InsertApiToken("t", id, "n", t0);
    return true;
  });
  db.store().WithConnection([&](storage::SqlConnection& c) {
    c.Execute("DELETE FROM agents WHERE id = $1", {id});
    EXPECT_EQ(c.Query("SELECT COUNT(*) FROM sessions").rows[0].Int(0), 0);
    EXPECT_EQ(c.Query("SELECT COUNT(*) FROM api_tokens").rows[0].Int(0), 0);
    EXPECT_EQ(c.Query("SELECT COUNT(*) FROM agent_roles").rows[0].Int(0), 0);
  });
}

}  // namespace
}  // namespace pacte::testing
