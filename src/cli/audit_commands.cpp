// `pacte audit verify` and `pacte audit purge [--dry-run]`.

#include <memory>

#include <CLI/CLI.hpp>

#include "app/audit/purge_audit_events.hpp"
#include "app/audit/verify_audit_chain.hpp"
#include "cli/cli.hpp"

namespace pacte::cli {
namespace {

// Exit code 0 when intact, 1 with one line per problem otherwise.
int Verify(CliContext& ctx) {
  auto report = app::VerifyAuditChain(ctx.Store());
  if (report.Intact()) {
    ctx.Out() << report.Summary() << "\n";
    return 0;
  }
  ctx.Err() << report.Summary() << "\n";
  for (const auto& problem : report.problems) ctx.Err() << "  - " << problem.Describe() << "\n";
  return 1;
}

int Purge(CliContext& ctx, bool dry_run) {
  app::PurgeOptions options;
  options.dry_run = dry_run;
  options.origin = "cli";
  auto report = app::PurgeAuditEvents(ctx.Store(), ctx.Clock(), ctx.Settings(), options);
  if (!report) {
    PrintError(ctx.Err(), report.error());
    return 2;
  }
  ctx.Out() << report->Summary() << "\n";
  return 0;
}

}  // namespace

void RegisterAuditCommands(CLI::App& app, CliContext& ctx) {
  auto* audit = app.add_subcommand("audit", "Journal d'audit");
  audit->require_subcommand(1);

  auto* verify = audit->add_subcommand(
      "verify", "Vérifie l'intégrité du journal d'audit (empreintes et chaînage)");
  verify->callback([&ctx] { throw CliExit{Verify(ctx)}; });

  auto* purge = audit->add_subcommand(
      "purge", "Supprime les événements plus anciens que la durée de conservation");
  auto dry_run = std::make_shared<bool>(false);
  purge->add_flag("--dry-run", *dry_run, "Compte les événements à purger sans rien supprimer");
  purge->callback([&ctx, dry_run] { throw CliExit{Purge(ctx, *dry_run)}; });
}

}  // namespace pacte::cli
