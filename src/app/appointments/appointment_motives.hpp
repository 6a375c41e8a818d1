#pragma once
// The configurable list of appointment motives (référentiel). Everyone signed in reads it;
// admin and coordinateur manage it (add, rename, deactivate or reactivate). An inactive
// motive is no longer offered for new appointments; existing ones keep it.

#include <cstdint>
#include <string>
#include <vector>

#include "app/policies/actor.hpp"
#include "app/ports/appointment_repository.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

bool CanManageMotives(const Actor& actor);

// Every motive (active or not), in display order.
Result<std::vector<AppointmentMotive>> ListMotives(Store& store, const Actor& actor);

// kForbidden unless admin/coordinateur; kInvalid on code (missing, not lower-case letters,
// digits and _, longer than 40) and label (missing, longer than 100); kConflict
// `motive.duplicate` on code. Audit "appointment_motive.create".
Result<AppointmentMotive> AddMotive(Store& store, const Clock& clock, const Actor& actor,
                                    const std::string& code, const std::string& label);

// Renames and (de)activates at expected_version: kForbidden, kNotFound, kStale, kInvalid on
// label. Audit "appointment_motive.update".
Result<AppointmentMotive> UpdateMotive(Store& store, const Clock& clock, const Actor& actor,
                                       std::int64_t id, std::int64_t expected_version,
                                       const std::string& label, bool active);

}  // namespace pacte::app
