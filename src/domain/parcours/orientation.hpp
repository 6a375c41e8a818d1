#pragma once
// An orientation decision: the parcours, the organisme référent (structure), who decided,
// when, why, and the 2025 criteria. Orientations are never edited: a re-orientation is a new
// record pointing to the previous one.

#include <cstdint>
#include <optional>
#include <string>

#include "domain/common/error.hpp"
#include "domain/common/time.hpp"
#include "domain/parcours/orientation_criteria.hpp"
#include "domain/parcours/parcours.hpp"

namespace pacte {

// A validated orientation, as stored.
struct Orientation {
  std::int64_t id = 0;
  Date decided_on{};
  Parcours parcours = Parcours::kProfessionnel;
  std::int64_t structure_id = 0;
  OrientationDecisionMaker decided_by = OrientationDecisionMaker::kPcd;
  std::optional<std::string> reason;
  OrientationCriteria criteria;
  std::optional<std::int64_t> previous_orientation_id;  // set on a re-orientation

  bool IsReorientation() const { return previous_orientation_id.has_value(); }
};

// What a person or an API client typed.
struct OrientationDraft {
  std::string decided_on;         // "YYYY-MM-DD"
  std::string parcours;           // a Parcours code
  std::int64_t structure_id = 0;  // 0: none chosen
  std::string decided_by;         // an OrientationDecisionMaker code
  std::string reason;
  OrientationCriteriaDraft criteria;
};

// The validated fields of a draft (id and previous orientation are the caller's).
struct OrientationFields {
  Date decided_on{};
  Parcours parcours = Parcours::kProfessionnel;
  std::int64_t structure_id = 0;
  OrientationDecisionMaker decided_by = OrientationDecisionMaker::kPcd;
  std::optional<std::string> reason;
  OrientationCriteria criteria;
};

// What the check needs to know besides the draft.
struct OrientationContext {
  Date today{};
  std::optional<Date> current_decided_on;  // date of the person's current orientation, if any
};

inline constexpr std::size_t kOrientationReasonMax = 2000;

// Checks a draft alone (that the structure exists and is an organisme référent is the
// caller's job). Fields at fault, French messages: decided_on (missing, unreadable, in the
// future, or before the current orientation), parcours, structure_id, decided_by, reason (too
// long), criteria.* (see ValidateOrientationCriteria). Result meaningful only when errors.Ok().
OrientationFields ValidateOrientation(const OrientationDraft& draft,
                                      const OrientationContext& context, Validation& errors);

// Whether a new orientation may be recorded: a first orientation needs no current one
// (otherwise Conflict `orientation.already_active`), a re-orientation needs one (otherwise
// Invalid `orientation.nothing_to_reorient`).
Status CheckNewOrientation(bool as_reorientation, bool has_current_orientation);

}  // namespace pacte
