#pragma once
// Re-orientation requests: a référent asks, a chargé d'orientation accepts (a new orientation
// is recorded) or refuses with a reason. Each use case runs in one transaction and records
// one audit event.

#include <cstdint>
#include <optional>
#include <string>

#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/orientation_repository.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

struct ReorientationRequestInput {
  ReorientationRequestDraft draft;              // motive, proposed_parcours
  std::optional<std::int64_t> proposed_structure_id;  // optional proposal
};

// PersonAction::kRequestReorientation. Errors: kNotFound / kForbidden (person access),
// kInvalid field errors of ValidateReorientationRequest plus proposed_structure_id
// ("Structure inconnue…"), kInvalid `orientation.none` when the person has no orientation,
// kConflict `reorientation.pending` when a request is already pending (also on a concurrent
// insert). Audit: "reorientation.request".
Result<ReorientationRequestRecord> RequestReorientation(Store& store, const Clock& clock,
                                                        const Actor& actor, std::int64_t person_id,
                                                        const ReorientationRequestInput& input);

struct ReorientationDecisionInput {
  std::string decision;      // "acceptee" or "refusee"
  std::string reason;        // mandatory to refuse
  std::optional<std::int64_t> structure_id;  // accept: the structure chosen (else the proposed one)
  std::string decided_on;    // accept: the orientation date ("" = today)
  std::optional<std::int64_t> expected_version;  // the request's version, when the client sent it
};

// Whether the actor holds a role that decides re-orientations (admin, charge_orientation).
bool MayDecideReorientations(const Actor& actor);

// Decides a pending request. Order of checks: kForbidden when no role of the actor decides;
// kInvalid `reorientation.invalid_decision` (field decision) for another code; kNotFound
// `reorientation.not_found` when the request is absent or its person invisible; kForbidden
// (PersonAction::kOrient); kStale on a version mismatch; the errors of DecideReorientation;
// when accepting, the errors of OrientPerson (structure_id required: "Choisissez la
// structure référente."). Accepting records a re-orientation (parcours proposed, the chosen
// structure, decided by the pcd, reason = the decision reason or the motive).
// Audit: "reorientation.decide" (person_id, status, orientation_id).
Result<ReorientationRequestRecord> DecideReorientationRequest(
    Store& store, const Clock& clock, const Actor& actor, std::int64_t request_id,
    const ReorientationDecisionInput& input);

// Pending requests of the persons visible to the actor (VisibilityOf), oldest first.
// kForbidden unless MayDecideReorientations. Audit: "reorientation.list" with the person ids
// of the page (the list shows names).
Result<PageOf<ReorientationRequestRecord>> ListPendingReorientations(Store& store,
                                                                     const Clock& clock,
                                                                     const Actor& actor,
                                                                     const PageRequest& page);

}  // namespace pacte::app
