#include "web/html/prescriptions/prescription_views.hpp"

#include <cmath>
#include <cstdio>

#include "web/html/appointments/appointment_views.hpp"

namespace pacte::web {
namespace {

nlohmann::json OptJson(const std::optional<std::string>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

std::string Hours(double h) {
  char buf[32];
  if (std::floor(h) == h) {
    std::snprintf(buf, sizeof buf, "%.0f", h);
  } else {
    std::snprintf(buf, sizeof buf, "%.1f", h);
  }
  std::string out = buf;
  for (char& c : out) {
    if (c == '.') c = ',';
  }
  return out;
}

}  // namespace

std::string PlannedHours(const app::PrescriptionRecord& p) {
  std::string out;
  if (p.weekly_hours) out = Hours(*p.weekly_hours) + " h par semaine";
  if (p.weeks) {
    out += (out.empty() ? "" : " pendant ") + std::to_string(*p.weeks) +
           (*p.weeks > 1 ? " semaines" : " semaine");
  }
  return out;
}

nlohmann::json PrescriptionRowJson(const app::PrescriptionRecord& p) {
  return {{"id", p.id},
          {"href", "/offre/prescriptions/" + std::to_string(p.id)},
          {"person_name", p.person_first_name + " " + p.person_last_name},
          {"action_name", p.action_name},
          {"structure_name", p.structure_name},
          {"session", p.session_label.value_or("")},
          {"status", PrescriptionStatusCode(p.status)},
          {"status_label", PrescriptionStatusLabel(p.status)},
          {"prescribed_on", FormatFrenchDate(DateOf(p.prescribed_at))},
          {"prescribed_iso", FormatIsoDate(DateOf(p.prescribed_at))},
          {"answered_on", p.answered_at ? FormatFrenchDate(DateOf(*p.answered_at)) : ""},
          {"prescriber", p.prescriber_name},
          {"reason_label", p.reason ? std::string(RefusalReasonLabel(*p.reason)) : ""},
          {"outcome_label", p.outcome ? std::string(ExitOutcomeLabel(*p.outcome)) : ""},
          {"pending", p.status == PrescriptionStatus::kEnAttente},
          {"reminded", p.reminded_at.has_value()}};
}

nlohmann::json PrescriptionApiJson(const app::PrescriptionRecord& p) {
  auto date = [](const std::optional<Date>& d) {
    return d ? nlohmann::json(FormatIsoDate(*d)) : nlohmann::json(nullptr);
  };
  auto at = [](const std::optional<Timestamp>& t) {
    return t ? nlohmann::json(FormatIsoTimestamp(*t)) : nlohmann::json(nullptr);
  };
  auto id = [](const std::optional<std::int64_t>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
  };
  return {{"id", p.id},
          {"beneficiary_id", p.person_id},
          {"action_id", p.action_id},
          {"action_name", p.action_name},
          {"session_id", id(p.session_id)},
          {"structure_id", p.structure_id},
          {"structure_name", p.structure_name},
          {"prescriber_agent_id", id(p.prescriber_agent_id)},
          {"message", p.message},
          {"weekly_hours", p.weekly_hours ? nlohmann::json(*p.weekly_hours) : nlohmann::json()},
          {"weeks", p.weeks ? nlohmann::json(*p.weeks) : nlohmann::json()},
          {"status", PrescriptionStatusCode(p.status)},
          {"status_label", PrescriptionStatusLabel(p.status)},
          {"reason", p.reason ? nlohmann::json(RefusalReasonCode(*p.reason)) : nlohmann::json()},
          {"reason_detail", OptJson(p.reason_detail)},
          {"outcome", p.outcome ? nlohmann::json(ExitOutcomeCode(*p.outcome)) : nlohmann::json()},
          {"prescribed_at", FormatIsoTimestamp(p.prescribed_at)},
          {"answered_at", at(p.answered_at)},
          {"entered_on", date(p.entered_on)},
          {"exited_on", date(p.exited_on)},
          {"reminded_at", at(p.reminded_at)},
          {"version", p.version}};
}

nlohmann::json StatusOptions(const std::string& selected) {
  std::vector<std::pair<std::string, std::string>> choices{{"", "Tous les statuts"}};
  for (auto s : AllPrescriptionStatuses()) {
    choices.emplace_back(PrescriptionStatusCode(s), PrescriptionStatusLabel(s));
  }
  return Options(choices, selected);
}

nlohmann::json ReasonOptions(const std::string& selected) {
  std::vector<std::pair<std::string, std::string>> choices{{"", "Choisir un motif"}};
  for (auto r : AllRefusalReasons()) {
    choices.emplace_back(RefusalReasonCode(r), RefusalReasonLabel(r));
  }
  return Options(choices, selected);
}

nlohmann::json OutcomeOptions(const std::string& selected) {
  std::vector<std::pair<std::string, std::string>> choices{{"", "Choisir un motif"}};
  for (auto o : AllExitOutcomes()) choices.emplace_back(ExitOutcomeCode(o), ExitOutcomeLabel(o));
  return Options(choices, selected);
}

}  // namespace pacte::web
