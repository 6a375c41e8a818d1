#pragma once
// STAND-IN (package D, issue 5) — what the import pages and API need from the column
// mappings use cases and the spreadsheet preview of package C (import_mappings.hpp,
// spreadsheet_preview.hpp), written in parallel. After the merge, mapping_bridge.cpp should
// forward to C's functions (or the callers call C directly and this file goes).
// Namespace intake_bridge so that the names never clash with C's.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/intake/intake_deps.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/import_mapping_repository.hpp"
#include "app/ports/spreadsheet_reader.hpp"
#include "app/ports/store.hpp"
#include "domain/common/error.hpp"

namespace pacte::app::intake_bridge {

// Every mapping, by name. Policy kManageMappings (kForbidden).
Result<std::vector<StoredImportMapping>> ListMappings(Store& store, const Actor& actor);
// kNotFound when absent.
Result<StoredImportMapping> GetMapping(Store& store, const Actor& actor, std::int64_t id);
// Creates (id nullopt) or updates (id + expected version: kStale when it moved) a mapping.
// kInvalid with field errors (name required, at most 100 characters; unknown field code;
// a field mapped twice), kConflict when the name is taken. Audit import_mapping.create /
// import_mapping.update.
Result<StoredImportMapping> SaveMapping(Store& store, const Clock& clock, const Actor& actor,
                                        std::optional<std::int64_t> id,
                                        std::int64_t expected_version, const ImportMapping& m);
// Audit import_mapping.delete. kNotFound when absent; kConflict (import_mapping.in_use) when
// a run of the journal used it (its reports must stay readable).
Status DeleteMapping(Store& store, const Clock& clock, const Actor& actor, std::int64_t id);

struct SheetPreview {
  SpreadsheetInfo info;
  std::vector<std::vector<std::string>> rows;  // at most 20 data rows
  std::vector<std::string> suggestions;        // per header: a field code or ""
};

// The headers, the first 20 rows and a suggested field per header of the spreadsheet at
// `path`. Policy kManageMappings. Reader errors (kMalformed, kTooLarge) as they come.
Result<SheetPreview> PreviewSpreadsheet(const IntakeDeps& deps, const Actor& actor,
                                        const std::string& path, const std::string& sheet);

}  // namespace pacte::app::intake_bridge
