#pragma once
// Real organisations for tests of other features: a commune (Nanterre, in territory T1), an
// institution and a structure created through the use cases with the system actor.

#include <cstdint>
#include <string>

#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace pacte::testing {

struct TestOrganisation {
  std::int64_t territory_id = 0;
  std::int64_t institution_id = 0;
  std::int64_t structure_id = 0;
};

// Creates the territory and commune on first call in a database, then a new institution and
// structure named after `name` each call. Throws std::runtime_error on failure.
TestOrganisation CreateTestStructure(app::Store& store, const app::Clock& clock,
                                     const std::string& name = "Structure de test");

}  // namespace pacte::testing
