#pragma once
// Persons in a given state of their parcours, for the tests of every parcours feature. The
// person is created through the beneficiary repository; orientations and référent
// assignments are written as plain rows (so that a feature's tests do not depend on another
// feature's use cases); person_parcours is refreshed after each step.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace pacte::testing {

struct TestPersonSpec {
  std::string last_name = "Martin";
  std::string first_name = "Awa";
  std::string birth_date = "1985-04-12";
  std::optional<std::string> commune_code = "92050";  // Nanterre, see CreateTestStructure
  // Start of a D&D period (a manual rights row etatdosrsa 2, flag 1), if any.
  std::optional<std::string> dd_since;
};

// Throws std::runtime_error on failure.
std::int64_t CreateTestPerson(app::Store& store, const app::Clock& clock,
                              const TestPersonSpec& spec = {});

// A (re-)orientation row chained after the person's current one; returns its id.
std::int64_t OrientForTest(app::Store& store, const app::Clock& clock, std::int64_t person_id,
                           std::int64_t structure_id, const std::string& parcours = "social",
                           const std::string& decided_on = "2025-03-03");

// Closes the active assignment (if any) on `since` and opens one for agent_id; returns its id.
std::int64_t AssignReferentForTest(app::Store& store, const app::Clock& clock,
                                   std::int64_t person_id, std::int64_t agent_id,
                                   std::optional<std::int64_t> structure_id,
                                   const std::string& since = "2025-03-10");

// Runs raw SQL with $1… parameters in one write transaction (fixtures only).
void ExecuteForTest(app::Store& store, const std::string& sql,
                    const std::vector<std::string>& params = {});

}  // namespace pacte::testing
