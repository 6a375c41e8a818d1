#pragma once
// The `pacte` command line: serve, migrate, demo, agent add, agent reset-password,
// token create, audit verify, territory import, version.

#include <iosfwd>

#include "cli/cli_context.hpp"

namespace pacte::cli {

// Parses argv and runs the verb; returns the process exit code.
int RunCli(int argc, char** argv, CliHooks hooks, std::ostream& out, std::ostream& err);

// Per-feature registration (one file each under cli/).
void RegisterAgentCommands(CLI::App& app, CliContext& ctx);
void RegisterAuditCommands(CLI::App& app, CliContext& ctx);
void RegisterTerritoryCommands(CLI::App& app, CliContext& ctx);
void RegisterRetentionCommands(CLI::App& app, CliContext& ctx);
void RegisterCatalogueCommands(CLI::App& app, CliContext& ctx);
void RegisterImportCommands(CLI::App& app, CliContext& ctx);

}  // namespace pacte::cli
