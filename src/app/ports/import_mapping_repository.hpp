#pragma once
// Port: the saved column mappings of spreadsheet sources (table import_mappings). A mapping
// tells, for one source of files ("Liste mensuelle France Travail"), which field each column
// header holds and how to read the file (sheet, header row).

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte::app {

struct ImportMapping {
  std::string name{};    // unique, what `pacte import spreadsheet --mapping NAME` gives
  std::string source{};  // free description of where the files come from
  // header text (as in the file) → field code of intake::IntakeFields(); unmapped headers
  // are absent.
  nlohmann::json columns = nlohmann::json::object();
  // {"sheet": "Feuil1"} (XLSX), {"header_row": 1}…
  nlohmann::json options = nlohmann::json::object();
};

struct StoredImportMapping {
  std::int64_t id = 0;
  ImportMapping mapping;
  std::optional<std::int64_t> created_by{};
  std::int64_t version = 1;
  Timestamp created_at{};
  Timestamp updated_at{};
};

class ImportMappingRepository {
 public:
  virtual ~ImportMappingRepository() = default;
  // kConflict (code import_mapping.name_taken, field name) when the name exists.
  virtual Result<std::int64_t> Insert(const ImportMapping& m, std::optional<std::int64_t> by,
                                      Timestamp now) = 0;
  // kStale when the version moved, kNotFound, kConflict as Insert.
  virtual Status Update(std::int64_t id, std::int64_t expected_version, const ImportMapping& m,
                        Timestamp now) = 0;
  virtual Status Delete(std::int64_t id) = 0;
  // True when a run of the import journal used the mapping (its reports must stay readable,
  // so such a mapping is never deleted).
  virtual bool UsedByAnImport(std::int64_t id) = 0;
  virtual std::optional<StoredImportMapping> Find(std::int64_t id) = 0;
  virtual std::optional<StoredImportMapping> FindByName(const std::string& name) = 0;
  // By name.
  virtual std::vector<StoredImportMapping> List() = 0;
};

}  // namespace pacte::app
