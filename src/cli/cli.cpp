#include "cli/cli.hpp"
#include "cli/stats_commands.hpp"

#include <cstdlib>
#include <iostream>

#include <CLI/CLI.hpp>

namespace pacte::cli {

CliContext::CliContext(CliHooks hooks, std::ostream& out, std::ostream& err)
    : hooks_(std::move(hooks)), out_(out), err_(err) {}

void PrintError(std::ostream& err, const Error& e) {
  err << "erreur : " << e.message << "\n";
  if (e.fields.size() > 1 || (e.fields.size() == 1 && e.fields[0].message != e.message)) {
    for (const auto& f : e.fields) err << "  - " << f.field << " : " << f.message << "\n";
  }
}

const app::Settings& CliContext::Settings() {
  if (!settings_) {
    auto loaded = hooks_.load_settings(config_path);
    if (!loaded) {
      PrintError(err_, loaded.error());
      throw CliExit{2};
    }
    settings_ = std::move(*loaded);
  }
  return *settings_;
}

app::Store& CliContext::Store() {
  if (!store_) store_ = hooks_.open_store(Settings());
  return *store_;
}

namespace {

void RegisterCoreCommands(CLI::App& app, CliContext& ctx) {
  auto* serve = app.add_subcommand("serve", "Démarre le serveur web");
  serve->callback([&ctx] { throw CliExit{ctx.Hooks().serve(ctx.Settings())}; });

  auto* migrate = app.add_subcommand("migrate", "Applique les migrations du schéma");
  migrate->callback([&ctx] {
    ctx.Store();
    ctx.Out() << "schéma à jour\n";
  });

  auto* demo = app.add_subcommand("demo", "Crée le département de démonstration (Hauts-de-Seine)");
  auto* options = new DemoOptions();
  demo->add_option("--seed", options->seed, "Graine du générateur (même graine, mêmes données)");
  demo->add_option("--size", options->size, "Taille : S, M ou L")->check(CLI::IsMember({"S", "M", "L"}));
  demo->add_flag("--if-absent", options->if_absent, "Ne rien faire si la base contient déjà des données");
  auto* flux = demo->add_subcommand(
      "caf-flux", "Écrit un flux CAF VRSB0801 fictif (tests, démonstration, mesures)");
  auto* flux_options = new DemoCafFluxOptions();
  flux->add_option("--households", flux_options->households, "Nombre de foyers")
      ->required()
      ->check(CLI::Range(0LL, 100'000'000LL));
  flux->add_option("--out", flux_options->out, "Fichier à écrire")->required();
  flux->add_option("--seed", flux_options->seed, "Graine du générateur (même graine, même fichier)");
  flux->add_option("--dtref", flux_options->dtref,
                   "Date de référence AAAA-MM-JJ (défaut : dernier jour du mois précédent)");
  flux->add_flag("--utf8", flux_options->utf8, "Encodage UTF-8 au lieu de windows-1252");
  flux->callback([&ctx, flux_options] {
    const int code = ctx.Hooks().demo_caf_flux(*flux_options);
    delete flux_options;
    throw CliExit{code};
  });
  demo->callback([&ctx, options, flux] {
    if (flux->parsed()) return;
    int code = ctx.Hooks().demo(ctx.Store(), ctx.Settings(), *options);
    delete options;
    throw CliExit{code};
  });

  auto* version = app.add_subcommand("version", "Affiche la version");
  version->callback([&ctx] { ctx.Out() << "pacte " << PACTE_VERSION << "\n"; });
}

}  // namespace

int RunCli(int argc, char** argv, CliHooks hooks, std::ostream& out, std::ostream& err) {
  CLI::App app{"pacte — système d'information du Pacte territorial d'insertion", "pacte"};
  app.require_subcommand(1);
  CliContext ctx(std::move(hooks), out, err);
  if (const char* env = std::getenv("PACTE_CONFIG")) ctx.config_path = env;
  app.add_option("-c,--config", ctx.config_path, "Fichier de configuration TOML");
  RegisterCoreCommands(app, ctx);
  RegisterAgentCommands(app, ctx);
  RegisterAuditCommands(app, ctx);
  RegisterTerritoryCommands(app, ctx);
  RegisterRetentionCommands(app, ctx);
  RegisterCatalogueCommands(app, ctx);
  RegisterImportCommands(app, ctx);
  RegisterStatsCommands(app, ctx);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e, out, err);
  } catch (const CliExit& e) {
    return e.code;
  }
  return 0;
}

}  // namespace pacte::cli
