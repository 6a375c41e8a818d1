// CLI verbs of the accounts feature:
//   pacte agent add --email E --first-name F --last-name L --role R [--role R2]
//                   [--structure-id N] [--territory-id N] [--password-stdin]
//   pacte agent reset-password --email E
//   pacte agent reset-second-factor --email E
//   pacte token create --agent EMAIL [--name N]
//   pacte token revoke --id N
// Business errors print "erreur : …" on stderr and exit with code 2.

#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>

#include "app/accounts/api_tokens.hpp"
#include "app/accounts/manage_agents.hpp"
#include "app/accounts/password_reset.hpp"
#include "app/accounts/second_factor.hpp"
#include "cli/cli.hpp"

namespace pacte::cli {
namespace {

constexpr int kBadInput = 2;

template <class T>
T OrExit(CliContext& ctx, Result<T> result) {
  if (!result) {
    PrintError(ctx.Err(), result.error());
    throw CliExit{kBadInput};
  }
  return std::move(*result);
}

struct AddOptions {
  std::string email;
  std::string first_name;
  std::string last_name;
  std::vector<std::string> roles;
  std::optional<std::int64_t> structure_id;
  std::optional<std::int64_t> territory_id;
  bool password_stdin = false;
};

std::string ReadPasswordLine() {
  std::string line;
  std::getline(std::cin, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

void PrintResetLink(CliContext& ctx, const app::Actor& actor, std::int64_t agent_id) {
  auto issued = OrExit(
      ctx, app::IssuePasswordReset(ctx.Store(), ctx.Clock(), ctx.Settings(), actor, agent_id));
  ctx.Out() << "lien de réinitialisation (valable jusqu'au "
            << FormatFrenchTimestamp(issued.expires_at) << ", une seule fois) :\n"
            << issued.url << "\n";
}

void RunAdd(CliContext& ctx, const AddOptions& o) {
  app::NewAgentInput in{o.email,        o.first_name,   o.last_name, o.roles,
                        o.structure_id, o.territory_id, ""};
  if (o.password_stdin) {
    in.password = ReadPasswordLine();
    if (in.password.empty()) {
      PrintError(ctx.Err(),
                 Error::Invalid("password.missing", "Aucun mot de passe lu sur l'entrée standard.",
                                "password"));
      throw CliExit{kBadInput};
    }
  }
  app::Actor actor = app::Actor::System("cli agent add");
  auto agent = OrExit(ctx, app::CreateAgent(ctx.Store(), ctx.Clock(), ctx.Settings(), actor, in));
  ctx.Out() << "agent créé : " << agent.email << " (id " << agent.id << ")\n";
  if (!o.password_stdin) PrintResetLink(ctx, actor, agent.id);
}

void RegisterAdd(CLI::App& agent_cmd, CliContext& ctx) {
  auto* add = agent_cmd.add_subcommand("add", "Crée un agent");
  auto o = std::make_shared<AddOptions>();
  add->add_option("--email", o->email, "Adresse e-mail")->required();
  add->add_option("--first-name", o->first_name, "Prénom")->required();
  add->add_option("--last-name", o->last_name, "Nom")->required();
  add->add_option("--role", o->roles,
                  "Rôle (répétable) : admin, coordinateur, "
                  "charge_orientation, referent, operateur, signataire, "
                  "lecteur_stats")
      ->required();
  add->add_option("--structure-id", o->structure_id, "Identifiant de la structure");
  add->add_option("--territory-id", o->territory_id, "Territoire des rôles");
  add->add_flag("--password-stdin", o->password_stdin,
                "Lit le mot de passe sur l'entrée standard (sinon : lien de réinitialisation)");
  add->callback([&ctx, o] { RunAdd(ctx, *o); });
}

void RegisterResetPassword(CLI::App& agent_cmd, CliContext& ctx) {
  auto* reset = agent_cmd.add_subcommand("reset-password", "Émet un lien de réinitialisation");
  auto email = std::make_shared<std::string>();
  reset->add_option("--email", *email, "Adresse e-mail de l'agent")->required();
  reset->callback([&ctx, email] {
    app::Actor actor = app::Actor::System("cli agent reset-password");
    auto agent = OrExit(ctx, app::GetAgentByEmail(ctx.Store(), ctx.Clock(), actor, *email));
    PrintResetLink(ctx, actor, agent.id);
  });
}

void RegisterResetSecondFactor(CLI::App& agent_cmd, CliContext& ctx) {
  auto* reset = agent_cmd.add_subcommand("reset-second-factor",
                                         "Supprime la double authentification (téléphone perdu)");
  auto email = std::make_shared<std::string>();
  reset->add_option("--email", *email, "Adresse e-mail de l'agent")->required();
  reset->callback([&ctx, email] {
    app::Actor actor = app::Actor::System("cli agent reset-second-factor");
    auto agent = OrExit(ctx, app::GetAgentByEmail(ctx.Store(), ctx.Clock(), actor, *email));
    auto done = app::ResetSecondFactor(ctx.Store(), ctx.Clock(), actor, agent.id);
    if (!done) {
      PrintError(ctx.Err(), done.error());
      throw CliExit{kBadInput};
    }
    ctx.Out() << "double authentification réinitialisée pour " << agent.email
              << " : à configurer à la prochaine connexion\n";
  });
}

void RegisterTokenCreate(CLI::App& token, CliContext& ctx) {
  auto* create = token.add_subcommand("create", "Crée un jeton d'API (affiché une seule fois)");
  auto email = std::make_shared<std::string>();
  auto name = std::make_shared<std::string>();
  create->add_option("--agent", *email, "Adresse e-mail de l'agent")->required();
  create->add_option("--name", *name, "Description du jeton");
  create->callback([&ctx, email, name] {
    app::Actor actor = app::Actor::System("cli token create");
    auto agent = OrExit(ctx, app::GetAgentByEmail(ctx.Store(), ctx.Clock(), actor, *email));
    auto issued =
        OrExit(ctx, app::CreateApiToken(ctx.Store(), ctx.Clock(), actor, agent.id, *name));
    ctx.Out() << "jeton " << issued.id << " créé pour " << agent.email
              << " (conservez-le : il ne sera plus affiché) :\n"
              << issued.token << "\n";
  });
}

void RegisterTokenRevoke(CLI::App& token, CliContext& ctx) {
  auto* revoke = token.add_subcommand("revoke", "Révoque un jeton d'API");
  auto id = std::make_shared<std::int64_t>(0);
  revoke->add_option("--id", *id, "Numéro du jeton")->required();
  revoke->callback([&ctx, id] {
    auto done =
        app::RevokeApiToken(ctx.Store(), ctx.Clock(), app::Actor::System("cli token revoke"), *id);
    if (!done) {
      PrintError(ctx.Err(), done.error());
      throw CliExit{kBadInput};
    }
    ctx.Out() << "jeton " << *id << " révoqué\n";
  });
}

}  // namespace

void RegisterAgentCommands(CLI::App& app, CliContext& ctx) {
  auto* agent = app.add_subcommand("agent", "Comptes des agents");
  agent->require_subcommand(1);
  RegisterAdd(*agent, ctx);
  RegisterResetPassword(*agent, ctx);
  RegisterResetSecondFactor(*agent, ctx);
  auto* token = app.add_subcommand("token", "Jetons d'API");
  token->require_subcommand(1);
  RegisterTokenCreate(*token, ctx);
  RegisterTokenRevoke(*token, ctx);
}

}  // namespace pacte::cli
