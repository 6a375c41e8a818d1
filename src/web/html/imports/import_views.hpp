#pragma once
// Template data of the import pages (issue 5): a run with its progress figures in French.

#include <nlohmann/json.hpp>

#include "app/ports/import_repository.hpp"

namespace pacte::web {

// {id, kind_label, status, status_label, active, file_name, dry_run, created_at, progress
// {percent, percent_text, rate_text, eta_text}, counts [{label, value}], error…}
nlohmann::json ImportView(const app::ImportRecord& r, Timestamp now);

// "2 min 05 s", "45 s", "1 h 02 min".
std::string DurationText(std::int64_t seconds);

}  // namespace pacte::web
