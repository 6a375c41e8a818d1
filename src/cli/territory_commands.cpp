#include <CLI/CLI.hpp>

#include "cli/cli.hpp"

namespace pacte::cli {

void RegisterTerritoryCommands(CLI::App& /*app*/, CliContext& /*ctx*/) {}

}  // namespace pacte::cli
