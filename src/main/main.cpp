// Composition root: configuration → store → server or CLI verb.

#include <cstdlib>
#include <iostream>

#include <spdlog/spdlog.h>

#include "cli/cli.hpp"
#include "main/composition.hpp"

int main(int argc, char** argv) {
  return pacte::cli::RunCli(argc, argv, pacte::main::MakeCliHooks(), std::cout, std::cerr);
}
