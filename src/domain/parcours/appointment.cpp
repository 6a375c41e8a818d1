#include "domain/parcours/appointment.hpp"

#include <string>

#include "domain/parcours/code_list.hpp"

namespace pacte {
namespace {

constexpr std::array<CodeLabel<AppointmentMode>, 3> kModes{{
    {AppointmentMode::kSurPlace, "sur_place", "Sur place"},
    {AppointmentMode::kTelephone, "telephone", "Téléphone"},
    {AppointmentMode::kVisio, "visio", "Visioconférence"},
}};

constexpr std::array<CodeLabel<AppointmentStatus>, 5> kStatuses{{
    {AppointmentStatus::kAVenir, "a_venir", "À venir"},
    {AppointmentStatus::kHonore, "honore", "Honoré"},
    {AppointmentStatus::kExcuse, "excuse", "Excusé"},
    {AppointmentStatus::kAnnule, "annule", "Annulé"},
    {AppointmentStatus::kAbsent, "absent", "Absent"},
}};

}  // namespace

std::string_view AppointmentModeCode(AppointmentMode m) { return EntryOf(kModes, m).code; }
std::string_view AppointmentModeLabel(AppointmentMode m) { return EntryOf(kModes, m).label; }
std::optional<AppointmentMode> ParseAppointmentMode(std::string_view code) {
  return ValueOf(kModes, code);
}
const std::vector<AppointmentMode>& AllAppointmentModes() {
  static const auto all = ValuesOf(kModes);
  return all;
}

std::string_view AppointmentStatusCode(AppointmentStatus s) { return EntryOf(kStatuses, s).code; }
std::string_view AppointmentStatusLabel(AppointmentStatus s) { return EntryOf(kStatuses, s).label; }
std::optional<AppointmentStatus> ParseAppointmentStatus(std::string_view code) {
  return ValueOf(kStatuses, code);
}
const std::vector<AppointmentStatus>& AllAppointmentStatuses() {
  static const auto all = ValuesOf(kStatuses);
  return all;
}

Status CheckAppointmentStatus(AppointmentStatus status, Timestamp starts_at, Timestamp now) {
  bool needs_past = status == AppointmentStatus::kHonore || status == AppointmentStatus::kAbsent;
  if (needs_past && starts_at > now) {
    return Fail(Error::Invalid("appointment.status_impossible",
                               "Un rendez-vous qui n'a pas encore eu lieu ne peut pas être "
                               "marqué « " +
                                   std::string(AppointmentStatusLabel(status)) + " ».",
                               "status"));
  }
  return {};
}

bool IsToBeSpecified(AppointmentStatus status, Timestamp starts_at, Timestamp now) {
  return status == AppointmentStatus::kAVenir && starts_at < now;
}

std::string_view DisplayedAppointmentCode(AppointmentStatus status, Timestamp starts_at,
                                          Timestamp now) {
  if (IsToBeSpecified(status, starts_at, now)) return kToBeSpecifiedCode;
  return AppointmentStatusCode(status);
}

std::string_view DisplayedAppointmentLabel(AppointmentStatus status, Timestamp starts_at,
                                           Timestamp now) {
  if (IsToBeSpecified(status, starts_at, now)) return kToBeSpecifiedLabel;
  return AppointmentStatusLabel(status);
}

}  // namespace pacte
