#pragma once
// `pacte territory import FILE.geojson`: loads a département's communes and territories.

#include <iosfwd>
#include <string>

#include "app/ports/store.hpp"

namespace pacte::io {

int ImportTerritoryFile(app::Store& store, const std::string& path, std::ostream& out,
                        std::ostream& err);

}  // namespace pacte::io
