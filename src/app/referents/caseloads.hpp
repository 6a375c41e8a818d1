#pragma once
// Caseloads of the référents, and the transfer of a whole caseload when a référent leaves.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/referent_repository.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

// Whether the actor may see the caseloads: roles allowed PersonAction::kTransferCaseload
// (every référent), or a référent (those of their own structure only).
bool MayListCaseloads(const Actor& actor);

// Active référents with the number of people they follow. A référent without a wider role
// always gets their own structure's référents (filter.structure_id is replaced).
// kForbidden unless MayListCaseloads.
Result<PageOf<Caseload>> ListCaseloads(Store& store, const Actor& actor, CaseloadFilter filter,
                                       const PageRequest& page);

// One référent's caseload line (for the transfer page). kForbidden without
// PersonAction::kTransferCaseload; kNotFound `referent.not_found` when the agent is not an
// active référent.
Result<Caseload> GetCaseload(Store& store, const Actor& actor, std::int64_t agent_id);

struct TransferInput {
  std::int64_t to_agent_id = 0;
  std::string since;  // "YYYY-MM-DD"
};

struct TransferResult {
  std::int64_t from_agent_id = 0;
  std::int64_t to_agent_id = 0;
  std::vector<std::int64_t> person_ids;  // the persons transferred, by id
};

// Moves every active assignment of `from_agent_id` to another référent, in one transaction:
// each closes on `since` (end reason "transfert") and a new one opens for the receiving agent
// (structure: that agent's), then each person's person_parcours is refreshed. All or nothing.
// Errors: kForbidden without PersonAction::kTransferCaseload; kNotFound `referent.not_found`
// when the source agent does not exist; kInvalid on to_agent_id (the checks of
// AssignReferent, and "the same référent") and since (missing, unreadable, future, or before
// the start of one of the assignments: nothing is then written); kConflict
// `referent.concurrent` on a concurrent change. Audit: one "referent.transfer" event on the
// source agent with to_agent_id and the person ids.
Result<TransferResult> TransferCaseload(Store& store, const Clock& clock, const Actor& actor,
                                        std::int64_t from_agent_id, const TransferInput& input);

}  // namespace pacte::app
