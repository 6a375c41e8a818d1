#include "app/appointments/appointment_draft.hpp"

#include <charconv>

#include "app/ports/agent_repository.hpp"
#include "domain/common/text.hpp"
#include "domain/parcours/field_checks.hpp"

namespace pacte::app {
namespace {

constexpr std::size_t kPlaceMax = 200;
constexpr std::size_t kCommentMax = 2000;

std::optional<int> ParseInt(const std::string& text) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

void ReadTime(const AppointmentDraft& d, AppointmentRecord& r, Validation& errors) {
  std::string text = Trim(d.starts_at);
  if (text.empty()) {
    errors.Add("starts_at", "Indiquez la date et l'heure du rendez-vous.");
  } else if (auto t = ParseAppointmentTime(text)) {
    r.starts_at = *t;
  } else {
    errors.Add("starts_at", "Date et heure invalides (format attendu AAAA-MM-JJTHH:MM).");
  }
}

void ReadDuration(const AppointmentDraft& d, AppointmentRecord& r, Validation& errors) {
  std::string text = Trim(d.duration_minutes);
  if (text.empty()) return;  // keeps the default
  auto minutes = ParseInt(text);
  if (!minutes || *minutes < kMinDurationMinutes || *minutes > kMaxDurationMinutes) {
    errors.Add("duration_minutes", "La durée doit être un nombre de minutes entre 5 et 480.");
    return;
  }
  r.duration_minutes = *minutes;
}

void ReadMode(const AppointmentDraft& d, AppointmentRecord& r, Validation& errors) {
  if (d.mode.empty()) {
    errors.Add("mode", "Choisissez la modalité du rendez-vous.");
  } else if (auto mode = ParseAppointmentMode(d.mode)) {
    r.mode = *mode;
  } else {
    errors.Add("mode", "Modalité inconnue : sur_place, telephone ou visio.");
  }
}

void ReadMotive(UnitOfWork& uow, const AppointmentDraft& d,
                const std::optional<std::string>& kept_motive, AppointmentRecord& r,
                Validation& errors) {
  std::string code = Trim(d.motive);
  if (code.empty()) {
    errors.Add("motive", "Choisissez le motif du rendez-vous.");
    return;
  }
  auto motive = uow.Appointments().FindMotive(code);
  if (!motive) {
    errors.Add("motive", "Motif inconnu : choisissez-en un dans la liste.");
  } else if (!motive->active && kept_motive != code) {
    errors.Add("motive", "Ce motif n'est plus proposé : choisissez-en un autre.");
  } else {
    r.motive_code = code;
  }
}

void ReadAgent(UnitOfWork& uow, const Actor& actor, const AppointmentDraft& d,
               AppointmentRecord& r, Validation& errors) {
  std::optional<std::int64_t> id = d.agent_id;
  if (!id && !actor.IsSystem()) id = actor.agent_id;
  if (!id) return;
  auto agent = uow.Agents().Find(*id);
  if (!agent || !agent->active) {
    errors.Add("agent_id", "Agent inconnu ou désactivé.");
    return;
  }
  r.agent_id = agent->id;
  r.structure_id = agent->structure_id;
}

void ReadStatus(const AppointmentDraft& d, Timestamp now, bool time_ok, AppointmentRecord& r,
                Validation& errors) {
  if (!d.status.empty()) {
    auto status = ParseAppointmentStatus(d.status);
    if (!status) {
      errors.Add("status", "Statut inconnu : a_venir, honore, excuse, annule ou absent.");
      return;
    }
    r.status = *status;
  }
  if (!time_ok) return;
  if (auto ok = CheckAppointmentStatus(r.status, r.starts_at, now); !ok) {
    errors.Add("status", ok.error().message);
  }
}

}  // namespace

std::optional<Timestamp> ParseAppointmentTime(const std::string& text) {
  std::string t = text;
  if (!t.empty() && t.back() == 'Z') t.pop_back();
  if (t.size() == 16) t += ":00";
  if (t.size() != 19) return std::nullopt;
  return ParseIsoTimestamp(t + "Z");
}

AppointmentDraft DraftOf(const AppointmentRecord& r) {
  AppointmentDraft d;
  d.starts_at = FormatIsoTimestamp(r.starts_at).substr(0, 16);
  d.duration_minutes = std::to_string(r.duration_minutes);
  d.mode = std::string(AppointmentModeCode(r.mode));
  d.place = r.place.value_or("");
  d.motive = r.motive_code;
  d.agent_id = r.agent_id;
  d.status = std::string(AppointmentStatusCode(r.status));
  d.comment = r.comment.value_or("");
  return d;
}

void Apply(const AppointmentChanges& c, AppointmentDraft& d) {
  if (c.starts_at) d.starts_at = *c.starts_at;
  if (c.duration_minutes) d.duration_minutes = *c.duration_minutes;
  if (c.mode) d.mode = *c.mode;
  if (c.place) d.place = *c.place;
  if (c.motive) d.motive = *c.motive;
  if (c.agent_id) d.agent_id = *c.agent_id;
  if (c.status) d.status = *c.status;
  if (c.comment) d.comment = *c.comment;
}

Result<AppointmentRecord> ValidateAppointment(UnitOfWork& uow, const Actor& actor,
                                              std::int64_t person_id, const AppointmentDraft& d,
                                              Timestamp now,
                                              const std::optional<std::string>& kept_motive) {
  Validation errors;
  AppointmentRecord r;
  r.person_id = person_id;
  ReadTime(d, r, errors);
  bool time_ok = errors.Ok();
  ReadDuration(d, r, errors);
  ReadMode(d, r, errors);
  r.place = OptionalText(d.place, kPlaceMax, "place", errors);
  ReadMotive(uow, d, kept_motive, r, errors);
  ReadAgent(uow, actor, d, r, errors);
  ReadStatus(d, now, time_ok, r, errors);
  r.comment = OptionalText(d.comment, kCommentMax, "comment", errors);
  if (!actor.IsSystem()) r.recorded_by = actor.agent_id;
  if (!errors.Ok()) return Fail(errors.ToError("appointment.invalid"));
  return r;
}

}  // namespace pacte::app
