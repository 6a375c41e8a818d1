#pragma once
// Use cases on appointments. Each one authorises the actor on the person first
// (PersonAction::kEdit to plan or change, kView to read; 404 when the person is invisible,
// 403 when not allowed), runs in one write transaction, refreshes person_parcours after a
// change (last contact, next appointment) and records one audit event, last.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/appointments/appointment_draft.hpp"
#include "app/appointments/person_context.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/appointment_repository.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

// Plans (or records) an appointment; see ValidateAppointment for the field errors (only
// active motives). Audit "appointment.create" (person_id, motive, status).
Result<StoredAppointment> PlanAppointment(Store& store, const Clock& clock, const Actor& actor,
                                          std::int64_t person_id, const AppointmentDraft& draft);

// Changes an appointment still at expected_version (status, reschedule, comment…):
// kNotFound `appointment.not_found`, kStale, kInvalid as for planning. Audit
// "appointment.update" (person_id, changed field names, status).
Result<StoredAppointment> UpdateAppointment(Store& store, const Clock& clock, const Actor& actor,
                                            std::int64_t appointment_id,
                                            std::int64_t expected_version,
                                            const AppointmentChanges& changes);

struct PersonAppointments {
  PersonHeader person;
  std::vector<StoredAppointment> appointments;  // latest first
  std::vector<AppointmentMotive> motives;       // active ones, for the form
  bool can_edit = false;
};

// The person's appointments. Audit "appointment.list".
Result<PersonAppointments> ListPersonAppointments(Store& store, const Clock& clock,
                                                  const Actor& actor, std::int64_t person_id);

struct AppointmentDetail {
  PersonHeader person;
  StoredAppointment appointment;
  std::vector<AppointmentMotive> motives;  // active ones plus the appointment's own
  bool can_edit = false;
  // For the convocation letter.
  std::string departement_name;
  std::string referent_name;  // the person's référent, or the appointment's agent
};

// One appointment (kNotFound when absent or its person invisible). Audit "appointment.read",
// or "appointment.convocation" when for_letter.
Result<AppointmentDetail> GetAppointment(Store& store, const Clock& clock, const Actor& actor,
                                         std::int64_t appointment_id, bool for_letter = false);

struct AgendaEntry {
  StoredAppointment appointment;
  std::string person_name;
};

// The actor's agenda: their appointments still a_venir, upcoming and "à préciser", earliest
// first, restricted to persons they still see. kForbidden for roles that see no person.
// Audit "appointment.agenda".
Result<std::vector<AgendaEntry>> AgendaOf(Store& store, const Clock& clock, const Actor& actor);

}  // namespace pacte::app
