// `pacte retention run [--dry-run] [--months N]`: anonymises the people whose parcours ended
// and who had no contact for N months (app::RunRetention).

#include <CLI/CLI.hpp>
#include <memory>

#include "app/personal_data/retention.hpp"
#include "cli/cli.hpp"

namespace pacte::cli {
namespace {

struct RunArgs {
  bool dry_run = false;
  int months = 0;  // 0: the configured value
};

void PrintPersons(std::ostream& out, const app::RetentionReport& report) {
  for (const auto& p : report.persons) {
    out << "  - personne n° " << p.person_id << " : sortie le " << FormatFrenchDate(p.exited_on)
        << ", dernier contact le " << FormatFrenchDate(p.last_contact_on) << "\n";
  }
}

int Run(CliContext& ctx, const RunArgs& args) {
  app::RetentionOptions options;
  options.dry_run = args.dry_run;
  if (args.months != 0) options.months = args.months;
  auto report = app::RunRetention(ctx.Store(), ctx.Clock(), ctx.Settings(),
                                  app::Actor::System("cli"), options);
  if (!report) {
    PrintError(ctx.Err(), report.error());
    return 2;
  }
  ctx.Out() << report->Summary() << "\n";
  PrintPersons(ctx.Out(), *report);
  return 0;
}

}  // namespace

void RegisterRetentionCommands(CLI::App& app, CliContext& ctx) {
  auto* retention = app.add_subcommand("retention", "Conservation des données personnelles");
  retention->require_subcommand(1);
  auto* run = retention->add_subcommand(
      "run", "Anonymise les personnes sorties du dispositif sans contact depuis N mois");
  auto args = std::make_shared<RunArgs>();
  run->add_flag("--dry-run", args->dry_run, "Liste les personnes concernées sans rien modifier");
  run->add_option("--months", args->months,
                  "Mois sans contact après la sortie (par défaut retention.parcours_months)")
      ->check(CLI::Range(1, 1200));
  run->callback([&ctx, args] { throw CliExit{Run(ctx, *args)}; });
}

}  // namespace pacte::cli
