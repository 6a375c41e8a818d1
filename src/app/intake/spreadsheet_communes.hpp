#pragma once
// The commune of a spreadsheet row, found from its postal code and / or city name among the
// communes of the territory referential, loaded once per import.

#include <optional>
#include <string>
#include <vector>

#include "app/ports/territory_repository.hpp"
#include "app/ports/unit_of_work.hpp"

namespace pacte::app {

class CommuneIndex {
 public:
  explicit CommuneIndex(std::vector<CommuneListItem> communes);
  static CommuneIndex Load(UnitOfWork& uow);

  // The INSEE code of the one commune designated, or nullopt (none, or several):
  //  - with a city: the communes whose name has the same SearchKey ("SAINT CLOUD",
  //    "saint-cloud"), narrowed to those serving the postal code when one is given;
  //  - with a postal code alone: the commune serving it, when only one does.
  std::optional<std::string> Resolve(const std::string& postal_code,
                                     const std::string& city) const;

 private:
  std::vector<CommuneListItem> communes_;
  std::vector<std::string> keys_;  // SearchKey of each name
};

}  // namespace pacte::app
