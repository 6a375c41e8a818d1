#pragma once
// Port: départements, their territories and communes (with boundaries for maps).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/common/time.hpp"
#include "domain/territory/territory_kind.hpp"

namespace pacte::app {

struct Departement {
  std::string code;  // "92", "2A", "974"
  std::string name;
};

struct Territory {
  std::int64_t id = 0;
  std::string departement_code;
  std::string code;  // unique within the département (an EPT or EPCI SIREN, or a local code)
  std::string name;
  TerritoryKind kind = TerritoryKind::kCustom;
  std::int64_t version = 1;
};

// A territory with its figures, for the territory page and the API.
struct TerritorySummary {
  Territory territory;
  std::int64_t commune_count = 0;
  std::int64_t structure_count = 0;
  std::optional<std::int64_t> population;  // sum over communes with a known population
};

struct Commune {
  std::string insee_code;
  std::string departement_code;
  std::string name;
  std::vector<std::string> postal_codes;
  std::optional<std::int64_t> territory_id;
  std::optional<std::int64_t> population;
  std::optional<double> lat;  // centroid
  std::optional<double> lon;
  std::string geometry;  // GeoJSON geometry object as text; "" when unknown
};

// A commune in a list (no geometry), with its territory and structure count.
struct CommuneListItem {
  std::string insee_code;
  std::string departement_code;
  std::string name;
  std::vector<std::string> postal_codes;
  std::optional<std::int64_t> territory_id;
  std::string territory_name;  // "" when none
  std::optional<std::int64_t> population;
  std::optional<double> lat;
  std::optional<double> lon;
  std::int64_t structure_count = 0;
};

struct CommuneFilter {
  std::optional<std::string> departement_code;
  std::optional<std::int64_t> territory_id;
  std::string query;  // matched on the name's search key and on the INSEE code prefix
};

// A commune in a select box.
struct CommuneChoice {
  std::string insee_code;
  std::string name;
};

// A commune's boundary for the map.
struct CommuneShape {
  std::string insee_code;
  std::string name;
  std::optional<std::int64_t> territory_id;
  std::string territory_code;
  std::string territory_name;
  std::string geometry;
};

// One run of the territory import, kept for the territory page and the CLI.
struct TerritoryImportRecord {
  std::int64_t id = 0;
  std::string departement_code;
  std::string source_name;  // file name without folders
  std::int64_t territories_created = 0;
  std::int64_t territories_updated = 0;
  std::int64_t communes_created = 0;
  std::int64_t communes_updated = 0;
  std::int64_t communes_unchanged = 0;
  Timestamp imported_at{};
};

class TerritoryRepository {
 public:
  virtual ~TerritoryRepository() = default;

  virtual std::optional<Departement> FindDepartement(const std::string& code) = 0;
  virtual std::vector<Departement> ListDepartements() = 0;
  // Creates the département, or renames it.
  virtual void SaveDepartement(const Departement& d) = 0;

  virtual std::optional<Territory> FindTerritory(std::int64_t id) = 0;
  virtual std::optional<Territory> FindTerritoryByCode(const std::string& departement_code,
                                                       const std::string& code) = 0;
  // Inserts a territory (id and version ignored) and returns its id.
  virtual std::int64_t InsertTerritory(const Territory& t, Timestamp now) = 0;
  // Overwrites name and kind, bumping the version.
  virtual void UpdateTerritory(const Territory& t, Timestamp now) = 0;
  // Territories with their figures, ordered by name; all départements when nullopt.
  virtual std::vector<TerritorySummary> ListTerritories(
      const std::optional<std::string>& departement_code) = 0;

  virtual std::optional<Commune> FindCommune(const std::string& insee_code) = 0;
  virtual void InsertCommune(const Commune& c, Timestamp now) = 0;
  // Overwrites every field of the commune, bumping the version.
  virtual void UpdateCommune(const Commune& c, Timestamp now) = 0;
  // Communes matching the filter, ordered by name.
  virtual std::vector<CommuneListItem> ListCommunes(const CommuneFilter& filter) = 0;
  // Every commune (code and name), ordered by name: one light query for select boxes.
  virtual std::vector<CommuneChoice> ListCommuneChoices() = 0;
  // Every territory without figures, ordered by name.
  virtual std::vector<Territory> ListTerritoryChoices() = 0;
  virtual std::vector<CommuneShape> ListCommuneShapes(
      const std::optional<std::string>& departement_code) = 0;

  virtual std::int64_t RecordImport(const TerritoryImportRecord& r) = 0;
  virtual std::optional<TerritoryImportRecord> LastImport() = 0;
};

}  // namespace pacte::app
