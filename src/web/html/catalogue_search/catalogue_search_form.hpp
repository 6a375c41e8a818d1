#pragma once
// Template data of the search form of /offre/actions (fields named as the API parameters).

#include <nlohmann/json.hpp>

#include "web/html/organisations/form_fields.hpp"
#include "web/server/http.hpp"

namespace pacte::web {

// fields (text/select partials), barrier_options (checkboxes), has_places, barrier_error.
// communes: the commune choices; errors: FieldErrorsJson of a refused search (or {}).
nlohmann::json SearchFormJson(const Params& query, const std::vector<Option>& communes,
                              const nlohmann::json& errors);

}  // namespace pacte::web
