#pragma once
// Wires the layers together for the CLI and the server.

#include "cli/cli_context.hpp"

namespace pacte::main {

cli::CliHooks MakeCliHooks();

}  // namespace pacte::main
