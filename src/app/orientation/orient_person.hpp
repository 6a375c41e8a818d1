#pragma once
// Recording an orientation decision (first orientation or re-orientation). Runs in one
// transaction: checks, the new link of the person's chain, the closing of a référent of
// another structure, the person_parcours refresh and one audit event.

#include <cstdint>

#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/orientation_repository.hpp"
#include "app/ports/store.hpp"
#include "domain/parcours/orientation.hpp"

namespace pacte::app {

struct OrientationInput {
  OrientationDraft draft;  // decided_by "" means "pcd"
  // A re-orientation changes the path of the current D&D period; a first orientation starts
  // one. When the current orientation belongs to an earlier D&D period (a new right opened
  // after it, dd_since > its decision date), the new one is a first orientation chained
  // after it (is_reorientation false).
  bool as_reorientation = false;
};

// Errors: kNotFound `person.not_found` (absent or invisible), kForbidden (PersonAction::kOrient
// refused), kInvalid field errors of ValidateOrientation plus structure_id "Structure inconnue…"
// when the structure does not exist or is not an organisme référent, kConflict
// `orientation.already_active` (a first orientation while one is current in the period),
// kInvalid `orientation.nothing_to_reorient`, kConflict `orientation.exited` (the person left
// the parcours and no new right reopened it), kConflict `orientation.concurrent` (another
// orientation was recorded meanwhile). Nothing is written on error.
// Effects: when the active référent belongs to another structure than the new one, that
// assignment closes on the decision date (end reason "reorientation").
// Audit: "orientation.create" on the new orientation (person_id, parcours, structure_id,
// is_reorientation, previous_orientation_id, closed_assignment_id).
Result<OrientationRecord> OrientPerson(Store& store, const Clock& clock, const Actor& actor,
                                       std::int64_t person_id, const OrientationInput& input);

}  // namespace pacte::app
