#pragma once
// The editable referential of barrier situations (seeded from the domain's starter list by
// migration 0012). Reading it for a diagnostic form is internal to the diagnostic use cases;
// listing and editing it here is for admin and coordinateur only (kForbidden otherwise).
// Changes run in one transaction with one audit event.

#include <cstdint>
#include <string>
#include <vector>

#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/diagnostic_repository.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

// admin or coordinateur.
bool CanManageSituations(const Actor& actor);

// Every situation (inactive ones too), by theme then position. kForbidden unless
// CanManageSituations.
Result<std::vector<StoredSituation>> ListSituations(Store& store, const Actor& actor);

struct SituationDraft {
  std::string theme;  // BarrierTheme code
  std::string code;   // snake_case; "" derives it from the label
  std::string label;
};

// Adds an active situation at the end of its theme. kInvalid naming theme (unknown), label
// (required, ≤ 150 characters) or code (not [a-z0-9_], 2–60 characters, or already used:
// field code). Audit: "situation.create" with theme and code.
Result<StoredSituation> CreateSituation(Store& store, const Clock& clock, const Actor& actor,
                                        const SituationDraft& draft);

// Renames and (de)activates a situation at expected_version. kNotFound, kStale (409),
// kInvalid (label). A deactivated situation stays in past diagnostics but can no longer be
// chosen. Audit: "situation.update" with code and active.
Result<StoredSituation> UpdateSituation(Store& store, const Clock& clock, const Actor& actor,
                                        std::int64_t id, std::int64_t expected_version,
                                        const std::string& label, bool active);

}  // namespace pacte::app
