#pragma once
// Reading a département's communes and territories from a GeoJSON FeatureCollection, as
// published by the national open-data portals (one Feature per commune; properties com_code,
// com_name, dep_name, ept_code, ept_name, epci_code, epci_name, each a string or a
// one-element array of strings), and `pacte territory import FILE.geojson`.
//
// Territories: the établissements publics territoriaux (ept_code/ept_name, kind ept) when the
// file has any (Grand Paris); otherwise the intercommunalités (epci_code/epci_name, kind
// custom). Centroids are computed from the boundaries.

#include <iosfwd>
#include <string>
#include <string_view>

#include "app/ports/store.hpp"
#include "app/territory/import_territory.hpp"

namespace pacte::io {

// Parses the file content. kMalformed with a French message (naming the feature at fault by
// its position and INSEE code) when the content is not JSON, not a FeatureCollection, has no
// feature, or a feature lacks com_code, com_name or a Polygon/MultiPolygon geometry.
// The département is derived from the first INSEE code (the use case refuses communes of
// another one); its name comes from dep_name when present.
Result<app::TerritoryImport> ParseTerritoryGeoJson(std::string_view content,
                                                   const std::string& source_name);

struct TerritoryFileOptions {
  // Overrides the département name found in the file.
  std::optional<std::string> departement_name;
};

// Reads FILE (and, when present beside it, postal-codes-<département>.csv, see
// postal_codes_csv.hpp), imports it with the system actor, prints the counts in French on
// out. Prints "erreur : …" on err and changes nothing when the file cannot be read or is
// refused. Returns the process exit code (0 ok, 1 refused).
int ImportTerritoryFile(app::Store& store, const std::string& path, std::ostream& out,
                        std::ostream& err);
int ImportTerritoryFile(app::Store& store, const std::string& path,
                        const TerritoryFileOptions& options, std::ostream& out, std::ostream& err);

// "Département 92 (Hauts-de-Seine) : 4 territoires (4 créés, …), 36 communes (…)."
std::string DescribeImport(const app::TerritoryImportReport& report);

}  // namespace pacte::io
