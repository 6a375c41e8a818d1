#pragma once
// Port: data·inclusion v1 exchange: reading structures and services for export, upserting
// imported records by their data·inclusion id, the import journal (catalogue_imports).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/data_inclusion/di_records.hpp"
#include "app/ports/paging.hpp"
#include "domain/common/time.hpp"

namespace pacte::app {

// A stored structure found by its data·inclusion id.
struct StoredDiStructure {
  std::int64_t structure_id = 0;
  DiStructure fields;
};

// A stored action found by its data·inclusion id (zone rows as stored, not expanded).
struct StoredDiService {
  std::int64_t action_id = 0;
  std::int64_t structure_id = 0;
  DiService fields;
};

// How a new imported structure enters pacte's directory.
struct NewStructureCodes {
  std::string institution_kind;  // institutions.kind code
  std::string drees_category;    // structures.drees_category code
};

// pacte's own fields set on an imported action (never overwritten by a later import when
// already set: objective).
struct ImportedActionExtras {
  std::optional<std::string> objective;  // from the thematiques
  std::vector<std::string> barriers;     // barrier theme codes addressed
};

// One row of catalogue_imports.
struct CatalogueImport {
  std::int64_t id = 0;
  std::string file_name;
  std::string file_sha256;
  bool dry_run = false;
  bool applied = false;
  std::int64_t records = 0;
  std::int64_t structures_created = 0, structures_updated = 0, services_created = 0,
               services_updated = 0, unchanged = 0, rejected = 0, warnings = 0;
  std::string report = "{}";  // JSON: the structural fault and the records with findings
  std::optional<std::string> broken;  // the structural fault (also in report)
  std::optional<std::int64_t> imported_by;
  std::string imported_by_name;  // joined for display
  Timestamp imported_at{};
};

class DataInclusionRepository {
 public:
  virtual ~DataInclusionRepository() = default;

  // Export: the structures that run actions (action operators, and any structure with a
  // published action), ordered by id (di_id is the structure_di_details
  // one, else `<default_source>--<id>`), and the published actions, ordered by id, with zone
  // territories expanded to their communes and no zone row turned into the département.
  virtual PageOf<DiStructure> ListStructures(const std::string& default_source,
                                             std::int64_t limit, std::int64_t offset) = 0;
  virtual PageOf<DiService> ListServices(const std::string& default_source, std::int64_t limit,
                                         std::int64_t offset) = 0;

  // Import.
  virtual Geography LoadGeography() = 0;
  // By structure_di_details.di_id, or for pacte's own structures without such a row by
  // `<default_source>--<structure id>`.
  virtual std::optional<StoredDiStructure> FindStructure(const std::string& di_id,
                                                         const std::string& default_source) = 0;
  virtual std::optional<StoredDiService> FindService(const std::string& di_id) = 0;
  // Creates institution (reused when the SIRET is known), structure (action operator) and
  // structure_di_details; returns the structure id.
  virtual std::int64_t InsertStructure(const DiStructure& s, const NewStructureCodes& codes,
                                       Timestamp now) = 0;
  // Overwrites the directory fields (name, address, commune, phone, e-mail) and writes the
  // structure_di_details row (created when absent), bumping the structure's version.
  virtual void UpdateStructure(std::int64_t structure_id, const DiStructure& s,
                               Timestamp now) = 0;
  // Inserts a published action with its codes (search_text and action_codes in step).
  virtual std::int64_t InsertService(std::int64_t structure_id, const DiService& s,
                                     const ImportedActionExtras& extras, Timestamp now) = 0;
  // Overwrites the data·inclusion fields and codes (barrier rows replaced, objective kept
  // when set), bumping the version.
  virtual void UpdateService(std::int64_t action_id, std::int64_t structure_id,
                             const DiService& s, const ImportedActionExtras& extras,
                             Timestamp now) = 0;

  // Journal.
  virtual std::int64_t InsertImport(const CatalogueImport& row) = 0;
  virtual std::optional<CatalogueImport> FindImport(std::int64_t id) = 0;
  // Newest first, without the report.
  virtual PageOf<CatalogueImport> ListImports(const PageRequest& page) = 0;
};

}  // namespace pacte::app
