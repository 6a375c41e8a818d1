#pragma once
// Use cases of the PDI programmes (kManageProgrammes: admin and coordinateur, for reading and
// writing). Audit: programme.create, programme.update.
// Rules decided here: one programme per year (kConflict `programme.year_taken`); the year of
// a programme does not change (kInvalid on year); creating a programme attaches the actions
// whose programme_year is its year (actions saved later attach themselves).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/policies/actor.hpp"
#include "app/ports/catalogue_repository.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

struct ProgrammeDetail {
  StoredProgramme programme;
  std::vector<ProgrammeAction> actions;
  std::vector<BudgetLine> budget;  // one line per objective, PDI-RE order
  std::int64_t total_budget_cents = 0;
  std::int64_t total_funded_cents = 0;
};

// Newest year first.
Result<std::vector<StoredProgramme>> ListProgrammes(Store& store, const Actor& actor);
Result<ProgrammeDetail> GetProgramme(Store& store, const Actor& actor, std::int64_t id);
// kInvalid `programme.invalid` per field.
Result<StoredProgramme> CreateProgramme(Store& store, const Clock& clock, const Actor& actor,
                                        const ProgrammeInput& input);
// Replaces name, adoption date and budgets at expected_version (kStale otherwise).
Result<StoredProgramme> UpdateProgramme(Store& store, const Clock& clock, const Actor& actor,
                                        std::int64_t id, std::int64_t expected_version,
                                        const ProgrammeInput& input);

}  // namespace pacte::app
