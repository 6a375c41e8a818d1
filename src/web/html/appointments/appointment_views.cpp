#include "web/html/appointments/appointment_views.hpp"

#include <charconv>

#include "domain/common/text.hpp"

namespace pacte::web {

std::string FormText(const Params& form, const std::string& name) {
  auto v = First(form, name);
  return v ? Trim(*v) : std::string();
}

std::int64_t FormId(const Params& form, const std::string& name) {
  std::string text = FormText(form, name);
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < 0) return 0;
  return value;
}

nlohmann::json Options(const std::vector<std::pair<std::string, std::string>>& choices,
                       const std::string& selected) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& [value, label] : choices) {
    out.push_back({{"value", value}, {"label", label}, {"selected", value == selected}});
  }
  return out;
}

nlohmann::json AppointmentRowJson(const app::StoredAppointment& a, Timestamp now, bool can_edit) {
  const auto& r = a.record;
  const bool future = r.starts_at > now;
  nlohmann::json buttons = nlohmann::json::array();
  if (can_edit) {
    for (AppointmentStatus s : AllAppointmentStatuses()) {
      if (s == AppointmentStatus::kAVenir || s == r.status) continue;
      if (!CheckAppointmentStatus(s, r.starts_at, now)) continue;
      buttons.push_back({{"status", AppointmentStatusCode(s)},
                         {"label", AppointmentStatusLabel(s)}});
    }
  }
  return {{"id", a.id},
          {"href", "/rendez-vous/" + std::to_string(a.id)},
          {"convocation_href", "/rendez-vous/" + std::to_string(a.id) + "/convocation"},
          {"when", FormatFrenchTimestamp(r.starts_at)},
          {"date", FormatFrenchDate(DateOf(r.starts_at))},
          {"duration_minutes", r.duration_minutes},
          {"mode_label", AppointmentModeLabel(r.mode)},
          {"place", r.place.value_or("")},
          {"motive_label", a.motive_label},
          {"agent_name", a.agent_name},
          {"comment", r.comment.value_or("")},
          {"status", DisplayedAppointmentCode(r.status, r.starts_at, now)},
          {"status_label", DisplayedAppointmentLabel(r.status, r.starts_at, now)},
          {"to_specify", IsToBeSpecified(r.status, r.starts_at, now)},
          {"future", future},
          {"version", a.version},
          {"buttons", buttons},
          {"has_buttons", !buttons.empty()}};
}

nlohmann::json AppointmentFormJson(const app::AppointmentDraft& d,
                                   const std::vector<app::AppointmentMotive>& motives,
                                   const nlohmann::json& errors, const std::string& action,
                                   std::int64_t version) {
  std::vector<std::pair<std::string, std::string>> modes, motive_choices, statuses;
  for (auto m : AllAppointmentModes()) {
    modes.emplace_back(AppointmentModeCode(m), AppointmentModeLabel(m));
  }
  motive_choices.emplace_back("", "Choisir un motif");
  for (const auto& m : motives) motive_choices.emplace_back(m.code, m.label);
  for (auto s : AllAppointmentStatuses()) {
    statuses.emplace_back(AppointmentStatusCode(s), AppointmentStatusLabel(s));
  }
  auto t = d.starts_at.find('T');
  std::string date = t == std::string::npos ? d.starts_at : d.starts_at.substr(0, t);
  std::string time = t == std::string::npos ? "" : d.starts_at.substr(t + 1, 5);
  return {{"action", action},
          {"version", version},
          {"is_new", version == 0},
          {"date", date},
          {"heure", time},
          {"duree", d.duration_minutes},
          {"lieu", d.place},
          {"commentaire", d.comment},
          {"mode_options", Options(modes, d.mode)},
          {"motive_options", Options(motive_choices, d.motive)},
          {"status_options", Options(statuses, d.status.empty() ? "a_venir" : d.status)},
          {"errors", errors}};
}

app::AppointmentDraft AppointmentDraftFromForm(const Params& form) {
  app::AppointmentDraft d;
  std::string date = FormText(form, "date");
  std::string time = FormText(form, "heure");
  if (!date.empty() || !time.empty()) d.starts_at = date + "T" + time;
  d.duration_minutes = FormText(form, "duree");
  d.mode = FormText(form, "mode");
  d.place = FormText(form, "lieu");
  d.motive = FormText(form, "motif");
  d.status = FormText(form, "statut");
  d.comment = FormText(form, "commentaire");
  return d;
}

app::AppointmentDraft NewAppointmentDraft(Timestamp now) {
  app::AppointmentDraft d;
  d.starts_at = FormatIsoDate(DateOf(now) + std::chrono::days{1}) + "T09:00";
  d.duration_minutes = "30";
  d.mode = "sur_place";
  return d;
}

}  // namespace pacte::web
