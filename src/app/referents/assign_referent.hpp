#pragma once
// Designating a person's référent unique: the previous assignment closes on the new one's
// start, in the same transaction, with the person_parcours refresh and one audit event.

#include <cstdint>
#include <optional>
#include <string>

#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/referent_repository.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

struct ReferentInput {
  std::int64_t agent_id = 0;  // 0: none chosen
  std::string since;          // "YYYY-MM-DD"
  // The version of the active assignment the client saw, when it sent one.
  std::optional<std::int64_t> expected_version;
};

// PersonAction::kAssignReferent. Errors: kNotFound / kForbidden (person access); kForbidden
// when a référent (without a wider role) designates an agent of another structure;
// kInvalid on agent_id ("Choisissez…", "Agent inconnu…", inactive, without the referent role,
// without a structure) and since (missing, unreadable, in the future, before the start of
// the active assignment); kConflict `referent.already_assigned` when the agent already is the
// active référent; kStale when expected_version differs from the active assignment's;
// kConflict `referent.concurrent` when another assignment was recorded meanwhile.
// The new assignment's structure is the agent's; the previous one closes with valid_to =
// since (end reason "changement_referent"). Audit: "referent.assign" on the assignment
// (person_id, agent_id, structure_id, closed_assignment_id).
Result<ReferentAssignment> AssignReferent(Store& store, const Clock& clock, const Actor& actor,
                                          std::int64_t person_id, const ReferentInput& input);

}  // namespace pacte::app
