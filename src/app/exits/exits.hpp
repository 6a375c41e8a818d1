#pragma once
// The exit of a parcours (sortie) and the reviews of a social path. Writing needs
// PersonAction::kEdit, reading kView; every call is audited and refreshes person_parcours
// after a change.

#include <cstdint>
#include <string>
#include <vector>

#include "app/appointments/person_context.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/exit_repository.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

struct ExitRequest {
  ExitDraft draft;      // exited_on, reason
  std::string comment;  // optional, at most 2000 characters
};

struct ExitOutcome {
  StoredExit exit;
  // Upcoming appointments (a_venir, starting from now) cancelled with the exit, in the same
  // transaction: an exited person is no longer convened.
  std::vector<std::int64_t> cancelled_appointments;
};

// Records the exit: ValidateExit's field errors (exited_on not in the future, known reason),
// plus exited_on before the start of the current D&D period (field exited_on), comment too
// long; kConflict `exit.already_exited` (409) when the parcours is already closed (until a new
// D&D period reopens it). Audit "exit.create" (person_id, reason, cancelled appointment ids).
Result<ExitOutcome> RecordExit(Store& store, const Clock& clock, const Actor& actor,
                               std::int64_t person_id, const ExitRequest& request);

// Records a review of the social path (ValidateReview's field errors, code `review.invalid`).
// Audit "review.create" (person_id, kind).
Result<StoredReview> RecordReview(Store& store, const Clock& clock, const Actor& actor,
                                  std::int64_t person_id, const ReviewDraft& draft);

struct ExitContext {
  PersonHeader person;  // exited_on / exit_reason: the current exit, if the parcours is closed
  std::vector<StoredExit> exits;      // latest first
  std::vector<StoredReview> reviews;  // latest first
  bool can_edit = false;
};

// What the sortie page shows. Audit "exit.read".
Result<ExitContext> GetExitContext(Store& store, const Clock& clock, const Actor& actor,
                                   std::int64_t person_id);

}  // namespace pacte::app
