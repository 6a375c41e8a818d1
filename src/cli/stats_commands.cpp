#include "cli/stats_commands.hpp"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <fstream>
#include <memory>
#include <ostream>

#include "app/stats/oarsa_workbook.hpp"
#include "cli/cli.hpp"

namespace pacte::cli {
namespace {

constexpr std::size_t kLabelWidth = 44;
constexpr std::size_t kCellWidth = 9;

struct OarsaArgs {
  int year = 0;
  std::string out;
};

// Display width of UTF-8 text: its code points.
std::size_t Width(const std::string& text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

std::string PadRight(const std::string& text, std::size_t width) {
  const std::size_t w = Width(text);
  return w >= width ? text + " " : text + std::string(width - w, ' ');
}

std::string PadLeft(const std::string& text, std::size_t width) {
  const std::size_t w = Width(text);
  return w >= width ? " " + text : std::string(width - w, ' ') + text;
}

std::string CellText(const app::TableCell& cell) {
  if (const auto* s = std::get_if<std::string>(&cell)) return *s;
  if (const auto* n = std::get_if<long long>(&cell)) return std::to_string(*n);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", std::get<double>(cell));
  std::string text = buf;
  for (char& c : text) c = c == '.' ? ',' : c;
  return text;
}

void PrintSheet(std::ostream& out, const std::string& title, const app::Table& sheet) {
  out << title << "\n";
  for (std::size_t c = 2; c < sheet.headers.size(); ++c) {
    out << "  (" << c - 1 << ") " << sheet.headers[c] << "\n";
  }
  std::string header = PadRight("", kLabelWidth);
  for (std::size_t c = 2; c < sheet.headers.size(); ++c) {
    header += PadLeft("(" + std::to_string(c - 1) + ")", kCellWidth);
  }
  out << header << "\n";
  std::string dimension;
  for (const auto& row : sheet.rows) {
    const std::string group = CellText(row[0]);
    std::string label = group;
    if (group != "Ensemble") {
      if (group != dimension) out << group << "\n";
      label = "  " + CellText(row[1]);
    }
    dimension = group;
    std::string line = PadRight(label, kLabelWidth);
    for (std::size_t c = 2; c < row.size(); ++c) line += PadLeft(CellText(row[c]), kCellWidth);
    out << line << "\n";
  }
  out << "\n";
}

std::optional<app::TableFormat> FormatOf(const std::string& path) {
  auto ends = [&](const std::string& ext) {
    return path.size() > ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0;
  };
  if (ends(".xlsx")) return app::TableFormat::kXlsx;
  if (ends(".csv")) return app::TableFormat::kCsv;
  return std::nullopt;
}

int WriteWorkbook(CliContext& ctx, const app::OarsaReport& report, const std::string& path) {
  const auto format = FormatOf(path);
  if (!format) {
    ctx.Err() << "erreur : extension de fichier inconnue pour « " << path
              << " » : choisissez .xlsx ou .csv.\n";
    return 2;
  }
  auto intake = ctx.Hooks().intake(ctx.Store(), ctx.Settings(), ctx.Clock());
  auto bytes = intake.deps->tables->Write(*format, app::OarsaWorkbook(report));
  if (!bytes) {
    PrintError(ctx.Err(), bytes.error());
    return 2;
  }
  std::ofstream file(path, std::ios::binary);
  file << *bytes;
  if (!file) {
    ctx.Err() << "erreur : impossible d'écrire « " << path << " ».\n";
    return 2;
  }
  ctx.Out() << path << " : enquête OARSA " << report.year << " (6 tableaux et définitions)\n";
  return 0;
}

int RunOarsa(CliContext& ctx, const OarsaArgs& args) {
  auto report = app::ComputeOarsa(ctx.Store(), ctx.Clock(), app::Actor::System("cli"),
                                  ctx.Settings(), args.year);
  if (!report) {
    PrintError(ctx.Err(), report.error());
    return 2;
  }
  if (!args.out.empty()) return WriteWorkbook(ctx, *report, args.out);
  PrintOarsa(ctx.Out(), *report);
  return 0;
}

}  // namespace

void PrintOarsa(std::ostream& out, const app::OarsaReport& report) {
  out << "Enquête DREES OARSA — année " << report.year << " (stock au 31/12/" << report.year
      << ")\n\n";
  const auto sheets = app::OarsaWorkbook(report);
  for (std::size_t i = 0; i < report.tables.size() && i < sheets.size(); ++i) {
    PrintSheet(out, report.tables[i].title, sheets[i]);
  }
  out << "Définitions\n";
  for (const auto& [heading, text] : app::OarsaDefinitions()) {
    out << "- " << heading << " : " << text << "\n";
  }
}

void RegisterStatsCommands(CLI::App& app, CliContext& ctx) {
  auto* stats = app.add_subcommand("stats", "Statistiques du pilotage (chiffres exacts)");
  stats->require_subcommand(1);
  auto* oarsa = stats->add_subcommand(
      "oarsa", "Enquête DREES OARSA (tableaux 1 à 6 au 31 décembre de l'année)");
  auto args = std::make_shared<OarsaArgs>();
  oarsa->add_option("--year", args->year, "Année N de l'enquête (stock au 31/12/N)")->required();
  oarsa->add_option("--out", args->out,
                    "Fichier à écrire (.xlsx ou .csv) ; sans cette option, les tableaux sont "
                    "affichés");
  oarsa->callback([&ctx, args] { throw CliExit{RunOarsa(ctx, *args)}; });
}

}  // namespace pacte::cli
