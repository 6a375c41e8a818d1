#pragma once
// The saved column mappings of spreadsheet sources: which field each header of a source's
// files holds (page "Correspondances de colonnes", `pacte import spreadsheet --mapping NAME`).
// Reading and changing them: IntakeAction::kManageMappings (reading also with
// kImportSpreadsheet), else kForbidden.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/import_mapping_repository.hpp"
#include "app/ports/store.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

inline constexpr std::size_t kMappingNameMax = 100;
inline constexpr std::size_t kMappingSourceMax = 300;

// Every mapping, by name.
Result<std::vector<StoredImportMapping>> ListMappings(Store& store, const Actor& actor);
// kNotFound (import_mapping.not_found) when absent.
Result<StoredImportMapping> GetMapping(Store& store, const Actor& actor, std::int64_t id);
Result<StoredImportMapping> GetMappingByName(Store& store, const Actor& actor,
                                             const std::string& name);

// Checks a mapping without storing it; the cleaned mapping (name and source trimmed, headers
// trimmed, entries with an empty field code dropped). Rules, every problem reported at once
// (kInvalid, code import_mapping.invalid, French messages):
//  - name: required, at most kMappingNameMax characters; source at most kMappingSourceMax;
//  - columns: an object header → field code; each code one of intake::IntakeFields(); a
//    field taken by two headers is refused (field "columns", naming both headers);
//  - the fields must identify persons (intake::IdentifiesPersons: NIR, or CAF number, or
//    internal id, or last name + first name + birth date);
//  - options: an object; "sheet" a string, "header_row" an integer from 1 to 1000.
Result<ImportMapping> ValidateMapping(const ImportMapping& mapping);

// Creates (id nullopt) or updates (id and the version read) a mapping; returns it as
// stored. Errors: ValidateMapping's; kConflict import_mapping.name_taken (field name);
// kStale when the version moved; kNotFound. Audit: import_mapping.create / .update.
Result<StoredImportMapping> SaveMapping(Store& store, const Clock& clock, const Actor& actor,
                                        std::optional<std::int64_t> id,
                                        std::int64_t expected_version,
                                        const ImportMapping& mapping);

// Deletes a mapping no import has used. kNotFound when absent; kConflict
// (import_mapping.in_use) when a run of the journal used it (its reports must stay
// readable). Audit: import_mapping.delete.
Status DeleteMapping(Store& store, const Clock& clock, const Actor& actor, std::int64_t id);

// The (header, field code) pairs of a stored mapping's columns (non-string values skipped).
std::vector<std::pair<std::string, std::string>> MappingColumns(const ImportMapping& mapping);

}  // namespace pacte::app
