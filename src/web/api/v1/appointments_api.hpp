#pragma once
// JSON API of appointments (Access::kApi, person policy: kView to read, kEdit to write):
//   GET   /api/v1/beneficiaries/{id}/appointments   the person's appointments, latest first
//   POST  /api/v1/beneficiaries/{id}/appointments   {starts_at, mode, motive,
//           duration_minutes?, place?, agent_id? (default: the caller), status? (a_venir),
//           comment?} → 201
//   GET   /api/v1/appointments/{id}
//   PATCH /api/v1/appointments/{id}                 {version, …any field above; null or ""
//           clears place and comment} — stale version → 409
//   GET   /api/v1/appointment-motives               the motives list (every agent)
// starts_at: "YYYY-MM-DDTHH:MM[:SS][Z]" (UTC). A future appointment cannot be honore or
// absent (422 on status).

#include <nlohmann/json.hpp>

#include "app/ports/appointment_repository.hpp"
#include "domain/common/time.hpp"
#include "web/server/router.hpp"

namespace pacte::web {

void RegisterAppointmentApi(Router& router);

// The API representation; displayed_status is "a_preciser" for a past a_venir one at `now`.
nlohmann::json AppointmentJson(const app::StoredAppointment& a, Timestamp now);

}  // namespace pacte::web
