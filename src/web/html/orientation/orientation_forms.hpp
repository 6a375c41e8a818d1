#pragma once
// Template data of the orientation feature's forms (orient / re-orient, request a
// re-orientation, designate the référent, decide a request, transfer a caseload), with the
// accessible field partials of web/html/organisations/form_fields.hpp.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/orientation/orient_person.hpp"
#include "app/orientation/reorientation_requests.hpp"
#include "app/referents/assign_referent.hpp"
#include "web/html/organisations/form_fields.hpp"
#include "web/server/context.hpp"

namespace pacte::web {

// Organismes référents ("Nom — catégorie DREES") and référents ("Nom — structure (n suivis)")
// the actor may choose; an error when the lists cannot be read.
Result<std::vector<Option>> ReferentBodyOptions(RequestContext& ctx);
Result<std::vector<Option>> ReferentAgentOptions(RequestContext& ctx);

// Reading the posted forms.
app::OrientationInput OrientationInputFromForm(const Params& form);
app::ReorientationRequestInput RequestInputFromForm(const Params& form);
app::ReferentInput ReferentInputFromForm(const Params& form);

// errors: FieldErrorsJson of the failed submission, or {}.
nlohmann::json OrientationFormJson(const app::OrientationInput& in,
                                   const std::vector<Option>& structures,
                                   const nlohmann::json& errors);
nlohmann::json RequestFormJson(const app::ReorientationRequestInput& in,
                               const std::vector<Option>& structures, const nlohmann::json& errors);
nlohmann::json ReferentFormJson(const app::ReferentInput& in, const std::vector<Option>& agents,
                                const nlohmann::json& errors);

// The field id of an error on criteria.difficulties[i] once mapped back to its area select.
nlohmann::json MapDifficultyErrors(const app::OrientationInput& in, nlohmann::json errors);

}  // namespace pacte::web
