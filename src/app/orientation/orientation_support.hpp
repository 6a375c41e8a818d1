#pragma once
// Steps shared by the orientation use cases (recording an orientation directly or by
// accepting a re-orientation request), inside the caller's transaction. Not a use case:
// no authorisation and no audit here.

#include <cstdint>
#include <optional>
#include <string>

#include "app/policies/actor.hpp"
#include "app/ports/orientation_repository.hpp"
#include "app/ports/unit_of_work.hpp"

namespace pacte::app {

// Adds "Structure inconnue…" on `field` unless `structure_id` is an organisme référent.
void CheckReferentBody(UnitOfWork& uow, std::int64_t structure_id, const std::string& field,
                       Validation& errors);

struct RecordedOrientation {
  std::int64_t id = 0;
  std::optional<std::int64_t> previous_id;
  bool is_reorientation = false;
  std::optional<std::int64_t> closed_assignment_id;
};

// Validates the draft against the person's chain and records it (see OrientPerson for the
// errors), closes a référent of another structure and refreshes person_parcours.
Result<RecordedOrientation> RecordOrientation(UnitOfWork& uow, Timestamp now, const Actor& actor,
                                              std::int64_t person_id, const OrientationDraft& draft,
                                              bool as_reorientation);

}  // namespace pacte::app
