#pragma once
// Everything the orientation page (and the orientations API) shows about one person: the
// orientation chain, the référent assignments, the re-orientation requests, and which forms
// the actor may use.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/orientation_repository.hpp"
#include "app/ports/referent_repository.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

struct OrientationOverview {
  std::int64_t person_id = 0;
  std::string first_name;
  std::string last_name;
  std::vector<OrientationRecord> history;  // newest first; history[0] is the current one
  // Whether the next orientation is a re-orientation (there is a current orientation of the
  // current D&D period) or a first one.
  bool next_is_reorientation = false;
  std::optional<ReferentAssignment> referent;
  std::vector<ReferentAssignment> referent_history;  // newest first, the active one included
  std::optional<ReorientationRequestRecord> pending_request;
  std::vector<ReorientationRequestRecord> requests;  // newest first
  bool can_orient = false;                 // PersonAction::kOrient
  bool can_request_reorientation = false;  // PersonAction::kRequestReorientation
  bool can_assign_referent = false;        // PersonAction::kAssignReferent
};

// kNotFound `person.not_found` when absent or invisible (PersonAction::kView).
// Audit: "orientation.read" on the person.
Result<OrientationOverview> GetOrientationOverview(Store& store, const Clock& clock,
                                                   const Actor& actor, std::int64_t person_id);

}  // namespace pacte::app
