#include <CLI/CLI.hpp>

#include "cli/cli.hpp"

namespace pacte::cli {

void RegisterAgentCommands(CLI::App& /*app*/, CliContext& /*ctx*/) {}

}  // namespace pacte::cli
