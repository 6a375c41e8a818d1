#pragma once
// JSON for the prescription templates and the API: one prescription as a table row, its
// detail with events, the options of statuses, reasons and outcomes.

#include <nlohmann/json.hpp>

#include "app/ports/prescription_repository.hpp"

namespace pacte::web {

// {id, href, person_name, action_name, structure_name, session, status, status_label,
//  prescribed_on, answered_on, prescriber, reason_label, outcome_label, pending, reminded}
nlohmann::json PrescriptionRowJson(const app::PrescriptionRecord& p);

// The API representation (codes, ISO dates, ids).
nlohmann::json PrescriptionApiJson(const app::PrescriptionRecord& p);

// [{value, label, selected}] of statuses ("" = every status first), of refusal reasons and of
// exit outcomes, with a first empty "Choisir…" entry for the last two.
nlohmann::json StatusOptions(const std::string& selected);
nlohmann::json ReasonOptions(const std::string& selected);
nlohmann::json OutcomeOptions(const std::string& selected);

// "12 h par semaine pendant 10 semaines", "" when neither is known.
std::string PlannedHours(const app::PrescriptionRecord& p);

}  // namespace pacte::web
