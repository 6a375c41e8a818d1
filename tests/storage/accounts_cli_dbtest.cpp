// The accounts verbs of the command line: agent add, agent reset-password, token create,
// token revoke — French output, exit code 2 on bad input.

#include "support/borrowed_store.hpp"
#include <gtest/gtest.h>

#include <iostream>
#include <sstream>

#include "accounts_fixture.hpp"
#include "support/organisation_helpers.hpp"
#include "app/accounts/api_tokens.hpp"
#include "app/accounts/login.hpp"
#include "app/accounts/manage_agents.hpp"
#include "cli/cli.hpp"

namespace pacte::testing {
namespace {

class AccountsCli : public AccountsDb {
 protected:
  struct Run {
    int code = 0;
    std::string out;
    std::string err;
  };

  Run Cli(std::vector<std::string> args, const std::string& stdin_text = "") {
    cli::CliHooks hooks;
    hooks.load_settings = [this](const std::string&) -> Result<app::Settings> { return settings; };
    hooks.open_store = [this](const app::Settings&) -> std::unique_ptr<app::Store> {
      return std::make_unique<BorrowedStore>(store);
    };
    args.insert(args.begin(), "pacte");
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    std::istringstream in(stdin_text);
    auto* saved = std::cin.rdbuf(in.rdbuf());
    std::ostringstream out, err;
    int code = cli::RunCli(static_cast<int>(argv.size()), argv.data(), hooks, out, err);
    std::cin.rdbuf(saved);
    return {code, out.str(), err.str()};
  }

  std::optional<Agent> Find(const std::string& email) {
    auto a = app::GetAgentByEmail(store, clock, system, email);
    if (!a) return std::nullopt;
    return *a;
  }
};

TEST_F(AccountsCli, AgentAddWithoutPasswordPrintsAResetLink) {
  auto r = Cli({"agent", "add", "--email", "Anne.Admin@cd92.fr", "--first-name", "Anne",
                "--last-name", "Admin", "--role", "admin", "--role", "coordinateur"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("agent créé : anne.admin@cd92.fr"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(settings.public_url + "/connexion/reinitialisation/"), std::string::npos)
      << r.out;
  auto agent = Find("anne.admin@cd92.fr");
  ASSERT_TRUE(agent);
  EXPECT_EQ(agent->roles, (std::vector<Role>{Role::kAdmin, Role::kCoordinateur}));
}

TEST_F(AccountsCli, AgentAddReadsThePasswordFromStdin) {
  auto org = CreateTestStructure(store, clock);
  auto structure = std::to_string(org.structure_id);
  auto r = Cli({"agent", "add", "--email", "ref@cd92.fr", "--first-name", "René", "--last-name",
                "Réf", "--role", "referent", "--structure-id", structure, "--password-stdin"},
               "Cheval-Correct-92-Agrafe\n");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.find("reinitialisation"), std::string::npos);
  EXPECT_EQ(Find("ref@cd92.fr")->structure_id, org.structure_id);
  EXPECT_TRUE(
      app::Login(store, clock, settings,
                 app::LoginRequest{"ref@cd92.fr", "Cheval-Correct-92-Agrafe", {"a", "", ""}, {}}));
}

TEST_F(AccountsCli, AgentAddRefusesBadInputWithExitCodeTwo) {
  auto unknown_role = Cli({"agent", "add", "--email", "x@cd92.fr", "--first-name", "X",
                           "--last-name", "Y", "--role", "pape"});
  EXPECT_EQ(unknown_role.code, 2);
  EXPECT_EQ(unknown_role.err, "erreur : Rôle inconnu : « pape ».\n");
  auto weak = Cli({"agent", "add", "--email", "x@cd92.fr", "--first-name", "X", "--last-name", "Y",
                   "--role", "referent", "--password-stdin"},
                  "azerty\n");
  EXPECT_EQ(weak.code, 2);
  EXPECT_NE(weak.err.find("au moins 12 caractères"), std::string::npos) << weak.err;
  auto empty = Cli({"agent", "add", "--email", "x@cd92.fr", "--first-name", "X", "--last-name", "Y",
                    "--role", "referent", "--password-stdin"});
  EXPECT_EQ(empty.code, 2);
  EXPECT_FALSE(Find("x@cd92.fr")) << "nothing stored";
  Cli({"agent", "add", "--email", "dup@cd92.fr", "--first-name", "X", "--last-name", "Y", "--role",
       "referent"});
  auto dup = Cli({"agent", "add", "--email", "DUP@cd92.fr", "--first-name", "X", "--last-name", "Y",
                  "--role", "referent"});
  EXPECT_EQ(dup.code, 2);
  EXPECT_EQ(dup.err, "erreur : Cette adresse e-mail est déjà utilisée.\n");
  auto missing = Cli({"agent", "add", "--email", "z@cd92.fr"});
  EXPECT_NE(missing.code, 0);
}

TEST_F(AccountsCli, ResetPasswordPrintsALink) {
  Cli({"agent", "add", "--email", "ref@cd92.fr", "--first-name", "R", "--last-name", "F", "--role",
       "referent"});
  auto r = Cli({"agent", "reset-password", "--email", "ref@cd92.fr"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("/connexion/reinitialisation/"), std::string::npos);
  EXPECT_TRUE(Audited("agent.password_reset_issued"));
  auto unknown = Cli({"agent", "reset-password", "--email", "personne@cd92.fr"});
  EXPECT_EQ(unknown.code, 2);
  EXPECT_EQ(unknown.err, "erreur : Aucun agent avec cette adresse e-mail.\n");
}

TEST_F(AccountsCli, ResetSecondFactor) {
  Cli({"agent", "add", "--email", "admin@cd92.fr", "--first-name", "A", "--last-name", "B",
       "--role", "admin"});
  auto r = Cli({"agent", "reset-second-factor", "--email", "admin@cd92.fr"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "double authentification réinitialisée pour admin@cd92.fr : à configurer à la "
            "prochaine connexion\n");
  EXPECT_TRUE(Audited("agent.totp_reset"));
  EXPECT_EQ(Cli({"agent", "reset-second-factor", "--email", "x@cd92.fr"}).code, 2);
}

TEST_F(AccountsCli, TokenCreateThenRevoke) {
  Cli({"agent", "add", "--email", "ref@cd92.fr", "--first-name", "R", "--last-name", "F", "--role",
       "referent"});
  auto created = Cli({"token", "create", "--agent", "ref@cd92.fr", "--name", "export"});
  ASSERT_EQ(created.code, 0) << created.err;
  auto pos = created.out.find("pacte_");
  ASSERT_NE(pos, std::string::npos) << created.out;
  std::string token = created.out.substr(pos, 46);
  EXPECT_TRUE(app::ResolveApiToken(store, clock, token));

  auto revoked = Cli({"token", "revoke", "--id", "1"});
  EXPECT_EQ(revoked.code, 0) << revoked.err;
  EXPECT_EQ(revoked.out, "jeton 1 révoqué\n");
  EXPECT_FALSE(app::ResolveApiToken(store, clock, token));
  auto again = Cli({"token", "revoke", "--id", "1"});
  EXPECT_EQ(again.code, 2);
  EXPECT_EQ(again.err, "erreur : Jeton introuvable ou déjà révoqué.\n");
  auto nobody = Cli({"token", "create", "--agent", "personne@cd92.fr"});
  EXPECT_EQ(nobody.code, 2);
}

}  // namespace
}  // namespace pacte::testing
