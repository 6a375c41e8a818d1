#pragma once
// JSON for the appointment, note and exit templates: rows with displayed statuses, select
// options, and the plan/edit form.

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/appointments/appointment_draft.hpp"
#include "app/ports/appointment_repository.hpp"
#include "domain/common/error.hpp"
#include "web/server/http.hpp"

namespace pacte::web {

// The trimmed value of a form field, "" when absent.
std::string FormText(const Params& form, const std::string& name);
// A positive integer typed in a form; 0 otherwise.
std::int64_t FormId(const Params& form, const std::string& name);

// [{value, label, selected}] for a <select>.
nlohmann::json Options(const std::vector<std::pair<std::string, std::string>>& choices,
                       const std::string& selected);

// One appointment for a table: dates, labels, the displayed status ("À préciser" for a past
// a_venir), links, and the quick status buttons allowed at `now` when can_edit.
nlohmann::json AppointmentRowJson(const app::StoredAppointment& a, Timestamp now, bool can_edit);

// The plan/edit form: values of `draft` (date and heure split from starts_at), options of
// modes, motives and statuses, field errors (or {}), action and version (0 for a new one).
nlohmann::json AppointmentFormJson(const app::AppointmentDraft& draft,
                                   const std::vector<app::AppointmentMotive>& motives,
                                   const nlohmann::json& errors, const std::string& action,
                                   std::int64_t version);

// The draft typed in the form (date + heure → starts_at).
app::AppointmentDraft AppointmentDraftFromForm(const Params& form);

// A draft for a new appointment: tomorrow 09:00, sur place, 30 minutes.
app::AppointmentDraft NewAppointmentDraft(Timestamp now);

}  // namespace pacte::web
