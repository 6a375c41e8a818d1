#pragma once
// Internals of GetNeedsReport: reading the exact figures (inside a read transaction) and
// disclosing them. Exposed for the use case only.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/needs/needs_report.hpp"
#include "app/ports/unit_of_work.hpp"

namespace pacte::app {

struct NeedsInputs {
  needs::NeedsOffer figures;
  std::map<std::int64_t, std::string> territory_names;
  std::map<std::string, std::string> commune_names;                // INSEE → name
  std::map<std::string, std::optional<std::int64_t>> commune_territory;
};

// The exact figures at `date` (population as known at the end of that day, places of its
// year) for the whole département.
NeedsInputs ReadNeedsFigures(UnitOfWork& uow, Date date);

// Areas in `keys` order with their exact figures disclosed per theme under `rule`: one grid
// per theme (rows = areas, columns = fort / moyen, with margins).
std::vector<NeedsArea> DiscloseAreas(const std::vector<std::pair<std::string, std::string>>& keys,
                                     const std::vector<const needs::AreaFigures*>& figures,
                                     const stats::DisclosureRule& rule,
                                     std::optional<NeedsArea>* grand_total);

}  // namespace pacte::app
