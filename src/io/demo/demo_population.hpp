#pragma once
// The demo beneficiary population: households and persons spread over the communes (by
// population), with ten years of rights history, orientations, référents, contracts,
// appointments, diagnostics and exits, drawn so that the figures come close to the national
// ones of domain.md §6 (86 % of D&D persons oriented; organismes référents France Travail 40 %,
// département 32 %, others 28 %; about half of those oriented outside France Travail with a
// valid contract; mean delay entry → orientation about 80 days). Deterministic: the same seed
// and inputs give the same batch.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/ports/population_repository.hpp"
#include "domain/common/time.hpp"

namespace pacte::io {

// The tiers of domain.md §8.
struct PopulationTier {
  int dd_persons = 0;  // persons currently in droits et devoirs
  int referents = 0;   // référents across the organismes référents
  int actions = 0;     // catalogue actions (domain.md §8: 30 to 300)
  int sessions_per_year = 1;  // per collective action (demo_offer.hpp)
};

// "S", "M" or "L" (any case); nullopt otherwise.
std::optional<PopulationTier> TierOf(std::string_view size);

struct ReferentBody {
  std::int64_t structure_id = 0;
  std::string drees_category;            // structures.drees_category
  std::vector<std::int64_t> referents;   // agent ids of the body's référents
};

struct PopulationInput {
  unsigned long long seed = 92;
  PopulationTier tier;
  Date today{};
  // INSEE code and weight (population) of each commune.
  std::vector<std::pair<std::string, std::int64_t>> communes;
  std::vector<ReferentBody> bodies;
};

// Persons currently in D&D come first in the batch; former beneficiaries (closed rights and
// exits, some long ago) follow.
app::PopulationBatch GeneratePopulation(const PopulationInput& in);

}  // namespace pacte::io
