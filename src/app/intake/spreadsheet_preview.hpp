#pragma once
// What the mapping page shows of an uploaded spreadsheet before any import: its shape
// (format, sheets, delimiter, encoding, headers), its first data rows, the field suggested
// for each header, and how a saved mapping fits it.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/intake/intake_deps.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/import_mapping_repository.hpp"
#include "app/ports/spreadsheet_reader.hpp"
#include "app/ports/store.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

inline constexpr int kPreviewRows = 20;

struct PreviewOptions {
  SpreadsheetOptions read{};   // sheet, header row, limits
  int sample_rows = kPreviewRows;
  std::optional<std::int64_t> mapping_id{};  // compare the file with this saved mapping
};

struct SpreadsheetPreview {
  SpreadsheetInfo info;
  std::vector<SpreadsheetRow> rows;  // the first sample_rows data rows
  bool more_rows = false;            // the file has rows beyond them
  // One per header (same order): the field code intake::SuggestFields proposes, or "".
  std::vector<std::string> suggestions;
  // With a mapping: its field for each header ("" when the header is unmapped), the headers
  // of the mapping absent from the file and the file's headers the mapping leaves out.
  std::optional<StoredImportMapping> mapping;
  std::vector<std::string> mapped_fields;
  std::vector<std::string> missing_headers;
  std::vector<std::string> unmapped_headers;
};

// Reads the head of the file at `path` (only up to sample_rows data rows). Errors:
// kForbidden without IntakeAction::kImportSpreadsheet or kManageMappings; the reader's
// errors (kNotFound, kMalformed, kTooLarge, French); kNotFound import_mapping.not_found for
// an unknown mapping_id. deps.spreadsheets must be set.
Result<SpreadsheetPreview> PreviewSpreadsheet(Store& store, const IntakeDeps& deps,
                                              const Actor& actor, const std::string& path,
                                              const PreviewOptions& options);

// A mapping built from the suggestions of a preview (headers without suggestion left out),
// with the sheet and header row read, ready for the form or SaveMapping.
ImportMapping MappingFromSuggestions(const SpreadsheetPreview& preview, std::string name,
                                     std::string source = "");

}  // namespace pacte::app
