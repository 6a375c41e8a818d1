#pragma once
// Reading an appointment typed in a form or sent to the API into a row, with every rule that
// needs the database (motive active, agent known) or the clock (CheckAppointmentStatus).

#include <cstdint>
#include <optional>
#include <string>

#include "app/policies/actor.hpp"
#include "app/ports/appointment_repository.hpp"
#include "app/ports/unit_of_work.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

inline constexpr int kMinDurationMinutes = 5;
inline constexpr int kMaxDurationMinutes = 480;

// Every field as typed; an empty text means "not given".
struct AppointmentDraft {
  std::string starts_at;         // "YYYY-MM-DDTHH:MM", seconds and a final Z optional
  std::string duration_minutes;  // default 30
  std::string mode;              // sur_place, telephone, visio
  std::string place;
  std::string motive;            // an active motive code
  std::optional<std::int64_t> agent_id;  // default: the actor
  std::string status;            // default a_venir
  std::string comment;
};

// A partial change (PATCH, quick status buttons): absent fields keep their value; an empty
// place or comment clears it.
struct AppointmentChanges {
  std::optional<std::string> starts_at;
  std::optional<std::string> duration_minutes;
  std::optional<std::string> mode;
  std::optional<std::string> place;
  std::optional<std::string> motive;
  std::optional<std::int64_t> agent_id;
  std::optional<std::string> status;
  std::optional<std::string> comment;
};

// "2026-03-02T09:30" (also with seconds, a space, a final Z) → the instant; nullopt otherwise.
std::optional<Timestamp> ParseAppointmentTime(const std::string& text);

// The draft of an existing row (for the edit form and for applying changes).
AppointmentDraft DraftOf(const AppointmentRecord& r);
void Apply(const AppointmentChanges& c, AppointmentDraft& d);

// The row for person_id, or kInvalid `appointment.invalid` with one French message per field:
// starts_at (missing, unreadable), duration_minutes (not a number between 5 and 480), mode
// (missing, unknown), place and comment (too long), motive (missing, unknown, inactive unless
// `kept_motive` is that code: an existing appointment keeps its inactive motive), agent_id
// (unknown or inactive agent), status (unknown, or impossible at `now` by
// CheckAppointmentStatus).
Result<AppointmentRecord> ValidateAppointment(UnitOfWork& uow, const Actor& actor,
                                              std::int64_t person_id, const AppointmentDraft& d,
                                              Timestamp now,
                                              const std::optional<std::string>& kept_motive);

}  // namespace pacte::app
