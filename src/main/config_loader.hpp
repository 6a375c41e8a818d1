#pragma once
// Reads the settings: defaults, then the TOML file (if any), then PACTE_* environment
// variables. Every problem is reported in French with the key at fault.

#include <functional>
#include <string>
#include <vector>

#include "app/config/settings.hpp"
#include "domain/common/error.hpp"

namespace pacte::main {

// path may be empty (no file). env is a lookup (getenv in production, a map in tests).
Result<app::Settings> LoadSettings(const std::string& path,
                                   const std::function<const char*(const char*)>& env);

}  // namespace pacte::main
