#pragma once
// JSON for the diagnostic page (diagnostics_person.mustache): the latest version by theme,
// the history compared version to version, and the new-version form.

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "app/diagnostics/diagnostics.hpp"
#include "domain/beneficiary/diagnostic.hpp"

namespace pacte::web {

// The latest version by theme (sante shows "Information réservée" when health is hidden),
// with each theme's trend against the previous version; null when there is none.
nlohmann::json LatestDiagnosticJson(const app::PersonDiagnostics& p);

// One row per version, newest first: date, author, themes improved / worsened against the
// version before it.
nlohmann::json DiagnosticHistoryJson(const app::PersonDiagnostics& p);

// The form prefilled with `draft` (the latest version, or what was posted), active situations
// of each theme as impact selects named "item.<theme>.<code>"; `errors` from FieldErrorsJson.
nlohmann::json DiagnosticFormJson(const app::PersonDiagnostics& p, const DiagnosticDraft& draft,
                                  const nlohmann::json& errors);

// The draft of the latest version (made_on left empty), for prefilling.
DiagnosticDraft DraftOfLatest(const app::PersonDiagnostics& p);

// The draft posted by the form (see DiagnosticFormJson for the field names).
DiagnosticDraft DiagnosticDraftFromForm(const std::multimap<std::string, std::string>& form);

}  // namespace pacte::web
