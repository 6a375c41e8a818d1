#include "io/territory/geojson_territory.hpp"

#include <ostream>

namespace pacte::io {

int ImportTerritoryFile(app::Store&, const std::string&, std::ostream&, std::ostream& err) {
  err << "import de territoire : à venir\n";
  return 1;
}

}  // namespace pacte::io
