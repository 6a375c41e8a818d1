#pragma once
// What partners do on the objectives: pilots enter measurements and edit commitments
// (AuthorizeObjectiveUpdate: a signataire only on objectives its institution pilots, else
// kForbidden), signataires and coordinateurs post comments (PactAction::kComment). One
// transaction and one audit event each.

#include <cstdint>
#include <optional>
#include <string>

#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/pact_repository.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

struct MeasurementInput {
  int year = 0;
  double value = 0;  // NaN when unreadable: refused with the field's message
  std::string comment;
  std::string source;
};

// The access check of RecordMeasurement alone, for the web layer to refuse before reading a
// body: kNotFound "pact.indicator_not_found" or kForbidden.
Status AuthorizeIndicatorUpdate(Store& store, const Actor& actor, std::int64_t indicator_id);

// Records the value of an entered indicator for a year; a second value for the same year
// supersedes the first (kept in the history). Errors: kNotFound "pact.indicator_not_found",
// kForbidden, kInvalid "pact.invalid" (year outside the pact or not begun, value) or
// "pact.indicator_computed" (a computed indicator is not entered). Audit
// "pact.measurement_record" (indicator_id, year).
Result<std::int64_t> RecordMeasurement(Store& store, const Clock& clock, const Actor& actor,
                                       std::int64_t indicator_id, const MeasurementInput& in);

struct CommitmentInput {
  std::optional<std::int64_t> objective_id;
  // The committing institution; a signataire always commits for its own (this is ignored).
  std::optional<std::int64_t> institution_id;
  std::string text;
  std::optional<std::int64_t> action_id;
  std::optional<std::int64_t> programme_id;
};

// Adds a commitment to the current pact. A signataire commits only under objectives its
// institution pilots (kForbidden). Audit "pact.commitment_create".
Result<std::int64_t> AddCommitment(Store& store, const Clock& clock, const Actor& actor,
                                   const CommitmentInput& in);

// Edits a commitment's text. A signataire edits only its institution's commitments under
// objectives it pilots (kForbidden). Audit "pact.commitment_update".
Status UpdateCommitment(Store& store, const Clock& clock, const Actor& actor,
                        std::int64_t commitment_id, std::int64_t version,
                        const std::string& text);

// Posts to the discussion of an objective. Audit "pact.comment_create" (objective_id).
Result<std::int64_t> AddObjectiveComment(Store& store, const Clock& clock, const Actor& actor,
                                         std::int64_t objective_id, const std::string& body);

}  // namespace pacte::app
