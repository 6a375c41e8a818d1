// `pacte catalogue export [--out DIR]`: writes structures.json and services.json (data·inclusion
// v1 arrays) in DIR. `pacte catalogue import FICHIER [--dry-run]`: imports a data·inclusion
// file (app::ImportCatalogue) and prints the report. Exit codes: 0 done (records with errors
// are listed and skipped), 1 structurally broken file (nothing applied), 2 unreadable file or
// refused operation.

#include <CLI/CLI.hpp>
#include <fstream>
#include <memory>
#include <sstream>

#include "app/data_inclusion/exchange.hpp"
#include "cli/cli.hpp"

namespace pacte::cli {
namespace {

struct ExportArgs {
  std::string out = ".";
};

struct ImportArgs {
  std::string path;
  bool dry_run = false;
};

int WriteRecords(CliContext& ctx, const std::string& dir, app::DiKind kind, const char* name) {
  auto records = app::ExportAllRecords(ctx.Store(), ctx.Settings(), app::Actor::System("cli"), kind);
  if (!records) {
    PrintError(ctx.Err(), records.error());
    return 2;
  }
  std::string path = dir + "/" + name;
  std::ofstream out(path, std::ios::binary);
  out << nlohmann::json(*records).dump(1) << "\n";
  if (!out) {
    ctx.Err() << "erreur : impossible d'écrire « " << path << " ».\n";
    return 2;
  }
  ctx.Out() << path << " : " << records->size() << " enregistrement(s)\n";
  return 0;
}

int Export(CliContext& ctx, const ExportArgs& args) {
  if (int code = WriteRecords(ctx, args.out, app::DiKind::kStructures, "structures.json")) {
    return code;
  }
  return WriteRecords(ctx, args.out, app::DiKind::kServices, "services.json");
}

void PrintRecord(std::ostream& out, const app::RecordReport& r) {
  if (r.errors.empty() && r.warnings.empty()) return;
  out << "  - enregistrement n° " << r.index << " (ligne " << r.line << ")";
  if (!r.id.empty()) out << " « " << r.id << " »";
  out << " : " << app::RecordOutcomeLabel(r.outcome, false) << "\n";
  for (const auto& e : r.errors) {
    out << "      erreur " << (e.field.empty() ? "" : e.field + " : ") << e.message << "\n";
  }
  for (const auto& w : r.warnings) {
    out << "      avertissement " << (w.field.empty() ? "" : w.field + " : ") << w.message << "\n";
  }
}

int Import(CliContext& ctx, const ImportArgs& args) {
  std::ifstream in(args.path, std::ios::binary);
  if (!in) {
    ctx.Err() << "erreur : impossible de lire « " << args.path << " ».\n";
    return 2;
  }
  std::ostringstream content;
  content << in.rdbuf();
  const std::string text = content.str();
  auto result = app::ImportCatalogue(ctx.Store(), ctx.Clock(), ctx.Settings(),
                                     app::Actor::System("cli"), {args.path, text, args.dry_run});
  if (!result) {
    PrintError(ctx.Err(), result.error());
    return 2;
  }
  ctx.Out() << app::ImportSummary(result->journal) << " (journal n° " << result->journal.id
            << ")\n";
  if (result->broken) {
    ctx.Err() << "erreur : " << *result->broken << "\n";
    return 1;
  }
  for (const auto& r : result->records) PrintRecord(ctx.Out(), r);
  return 0;
}

}  // namespace

void RegisterCatalogueCommands(CLI::App& app, CliContext& ctx) {
  auto* catalogue = app.add_subcommand("catalogue", "Offre d'insertion : échanges data·inclusion");
  catalogue->require_subcommand(1);
  auto* exp = catalogue->add_subcommand(
      "export", "Exporte structures.json et services.json au format data·inclusion v1");
  auto export_args = std::make_shared<ExportArgs>();
  exp->add_option("--out", export_args->out, "Dossier de destination (par défaut : le dossier courant)")
      ->check(CLI::ExistingDirectory);
  exp->callback([&ctx, export_args] { throw CliExit{Export(ctx, *export_args)}; });
  auto* imp = catalogue->add_subcommand(
      "import", "Importe un fichier data·inclusion (tableau JSON ou une ligne JSON par enregistrement)");
  auto import_args = std::make_shared<ImportArgs>();
  imp->add_option("FICHIER", import_args->path, "Fichier data·inclusion v1 (ou v0)")->required();
  imp->add_flag("--dry-run", import_args->dry_run, "Vérifie le fichier sans rien écrire (hors journal)");
  imp->callback([&ctx, import_args] { throw CliExit{Import(ctx, *import_args)}; });
}

}  // namespace pacte::cli
