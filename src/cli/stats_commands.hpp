#pragma once
// `pacte stats …`: the pilotage statistics from the command line, as the system actor (exact
// figures).
//   pacte stats oarsa --year N [--out FICHIER.xlsx|FICHIER.csv]
// computes the DREES OARSA survey of year N (app/stats/oarsa_report.hpp); without --out the
// six tables are printed on stdout, with --out the workbook (app/stats/oarsa_workbook.hpp) is
// written in the format of the extension. Exit codes: 0 done, 2 refused (bad year, no data,
// unknown extension, unwritable file).

#include <iosfwd>

#include "app/stats/oarsa_report.hpp"
#include "cli/cli_context.hpp"

namespace pacte::cli {

void RegisterStatsCommands(CLI::App& app, CliContext& ctx);

// The readable text rendering of the survey (what `pacte stats oarsa` prints): each table
// with a numbered legend of its columns, then the definitions.
void PrintOarsa(std::ostream& out, const app::OarsaReport& report);

}  // namespace pacte::cli
