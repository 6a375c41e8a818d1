#pragma once
// Loading a département's territories and communes (from a GeoJSON file read by io/, or from
// data the demo generator builds). Upsert by code: running the same import twice changes
// nothing the second time. Communes absent from the import are kept (structures refer to
// them).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "app/ports/territory_repository.hpp"
#include "domain/territory/territory_kind.hpp"

namespace pacte::app {

struct TerritoryInput {
  std::string code;  // unique within the import
  std::string name;
  TerritoryKind kind = TerritoryKind::kEpt;
};

struct CommuneInput {
  std::string insee_code;
  std::string name;
  std::optional<std::string> territory_code;  // one of TerritoryImport::territories
  std::optional<double> lat;                  // centroid
  std::optional<double> lon;
  std::string geometry;  // GeoJSON geometry object as text; "" keeps the stored one
  // nullopt keeps what is stored (a GeoJSON file carries neither).
  std::optional<std::int64_t> population;
  std::optional<std::vector<std::string>> postal_codes;
};

struct TerritoryImport {
  std::string departement_code;  // every commune's INSEE code must belong to it
  // nullopt: keep the stored name, or "Département <code>" for a new département.
  std::optional<std::string> departement_name;
  std::vector<TerritoryInput> territories;
  std::vector<CommuneInput> communes;
  std::string source_name;  // file name shown in the import history
};

struct TerritoryImportReport {
  std::string departement_code;
  std::string departement_name;
  std::int64_t territories_created = 0;
  std::int64_t territories_updated = 0;
  std::int64_t territories_unchanged = 0;
  std::int64_t communes_created = 0;
  std::int64_t communes_updated = 0;
  std::int64_t communes_unchanged = 0;
};

// Validates then upserts everything in one transaction: kInvalid (code
// "territory.import_invalid", French message naming the commune or territory at fault) and
// nothing written when any commune or territory breaks a rule. Needs kImportTerritory.
// Audit: "territory.import" on the département with the counts.
Result<TerritoryImportReport> ImportTerritory(Store& store, const Clock& clock, const Actor& actor,
                                              const TerritoryImport& import);

// Renames a known département (kNotFound otherwise; kInvalid on an empty name).
// Needs kImportTerritory. Audit: "territory.rename_departement".
Result<Departement> RenameDepartement(Store& store, const Clock& clock, const Actor& actor,
                                      const std::string& code, const std::string& name);

// The most recent import, if any.
std::optional<TerritoryImportRecord> LastTerritoryImport(Store& store);

}  // namespace pacte::app
