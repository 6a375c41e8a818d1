#pragma once
// Appointments with the référent: how they take place and what became of them. A planned
// appointment whose time has passed and that is still `a_venir` is "à préciser": it waits on
// the référent's work list for its outcome.

#include <optional>
#include <string_view>
#include <vector>

#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte {

enum class AppointmentMode {
  kSurPlace,   // "sur_place"
  kTelephone,  // "telephone"
  kVisio,      // "visio"
};

std::string_view AppointmentModeCode(AppointmentMode m);
std::string_view AppointmentModeLabel(AppointmentMode m);
std::optional<AppointmentMode> ParseAppointmentMode(std::string_view code);
const std::vector<AppointmentMode>& AllAppointmentModes();

enum class AppointmentStatus {
  kAVenir,  // "a_venir": planned
  kHonore,  // "honore": the person came
  kExcuse,  // "excuse": cancelled by the person
  kAnnule,  // "annule": cancelled by the service
  kAbsent,  // "absent": the person did not come
};

std::string_view AppointmentStatusCode(AppointmentStatus s);
std::string_view AppointmentStatusLabel(AppointmentStatus s);
std::optional<AppointmentStatus> ParseAppointmentStatus(std::string_view code);
const std::vector<AppointmentStatus>& AllAppointmentStatuses();

// Whether `status` is possible for an appointment starting at `starts_at`, seen at `now`: an
// appointment that has not started yet cannot be `honore` or `absent` (Invalid
// `appointment.status_impossible` on field status, French message). Every other combination
// is allowed, including a past appointment still `a_venir` (it is then "à préciser").
Status CheckAppointmentStatus(AppointmentStatus status, Timestamp starts_at, Timestamp now);

// True for a past appointment (starts_at before now) still `a_venir`.
bool IsToBeSpecified(AppointmentStatus status, Timestamp starts_at, Timestamp now);

// The status shown to people: "a_preciser" / "À préciser" when IsToBeSpecified, otherwise
// the status's own code and label.
inline constexpr std::string_view kToBeSpecifiedCode = "a_preciser";
inline constexpr std::string_view kToBeSpecifiedLabel = "À préciser";
std::string_view DisplayedAppointmentCode(AppointmentStatus status, Timestamp starts_at,
                                          Timestamp now);
std::string_view DisplayedAppointmentLabel(AppointmentStatus status, Timestamp starts_at,
                                           Timestamp now);

}  // namespace pacte
