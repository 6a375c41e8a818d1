#include <CLI/CLI.hpp>

#include "cli/cli.hpp"

namespace pacte::cli {

void RegisterAuditCommands(CLI::App& /*app*/, CliContext& /*ctx*/) {}

}  // namespace pacte::cli
