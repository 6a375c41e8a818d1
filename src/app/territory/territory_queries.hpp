#pragma once
// Reading the territory: départements, territories with their figures, communes and their
// boundaries. Every signed-in role may read it (organisation_policy.hpp).

#include <optional>
#include <string>
#include <vector>

#include "app/policies/actor.hpp"
#include "app/ports/paging.hpp"
#include "app/ports/store.hpp"
#include "app/ports/territory_repository.hpp"

namespace pacte::app {

struct TerritoryOverview {
  std::vector<Departement> departements;
  std::vector<TerritorySummary> territories;  // ordered by name
  std::vector<CommuneListItem> communes;      // ordered by name
  std::optional<TerritoryImportRecord> last_import;
};

// Everything the territory page shows, in one read transaction.
Result<TerritoryOverview> GetTerritoryOverview(Store& store, const Actor& actor);

struct TerritoryChoices {
  std::vector<CommuneChoice> communes;  // ordered by name
  std::vector<Territory> territories;   // ordered by name
};

// Communes and territories for select boxes (two light queries).
Result<TerritoryChoices> ListTerritoryChoices(Store& store, const Actor& actor);

// Commune boundaries for the map (all départements).
Result<std::vector<CommuneShape>> ListCommuneShapes(Store& store, const Actor& actor);

// Territories with their figures; departement_code nullopt = all.
Result<std::vector<TerritorySummary>> ListTerritories(
    Store& store, const Actor& actor, const std::optional<std::string>& departement_code);

// One page of communes matching the filter, ordered by name.
Result<PageOf<CommuneListItem>> ListCommunes(Store& store, const Actor& actor,
                                             const CommuneFilter& filter, const PageRequest& page);

}  // namespace pacte::app
