#pragma once
// Template data shared by the institution and structure pages.

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/ports/institution_repository.hpp"
#include "app/ports/structure_repository.hpp"

namespace pacte::web {

// One row of the institutions table.
nlohmann::json InstitutionRowJson(const app::Institution& i);
// The read-only description of an institution (name, kind, SIRET, signatory).
nlohmann::json InstitutionDetailJson(const app::Institution& i);

// Rows of a structures table (name with link, institution, commune, territory, role, category).
nlohmann::json StructureRowsJson(const std::vector<app::Structure>& items);
// The read-only description of a structure.
nlohmann::json StructureDetailJson(const app::Structure& s);

// The hidden version field of an edit form; 0 (always stale) when it is not a number.
std::int64_t ParseVersion(const std::string& text);

}  // namespace pacte::web
