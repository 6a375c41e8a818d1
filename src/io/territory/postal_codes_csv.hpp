#pragma once
// Postal codes of communes from a CSV file: either the project's small files
// (data/geo/postal-codes-DD.csv: code_insee,nom_commune,code_postal) or La Poste's public base
// (Code_commune_INSEE;Nom_de_la_commune;Code_postal;…). One row per (commune, postal code);
// the separator (',' or ';') and the column order come from the header line.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "app/territory/import_territory.hpp"
#include "domain/common/error.hpp"

namespace pacte::io {

// INSEE code → postal codes in file order, without duplicates. kMalformed (French message
// naming the line) when the header lacks the two columns or a row's codes are invalid.
Result<std::map<std::string, std::vector<std::string>>> ParsePostalCodesCsv(
    std::string_view content);

// Sets the postal codes of the import's communes found in `codes` (others are left untouched,
// so the stored codes are kept); returns how many communes received codes.
std::size_t AttachPostalCodes(app::TerritoryImport& import,
                              const std::map<std::string, std::vector<std::string>>& codes);

}  // namespace pacte::io
