#pragma once
// JSON for the catalogue templates: the fiche of an action and its session form.

#include <nlohmann/json.hpp>

#include "app/catalogue/catalogue.hpp"
#include "domain/common/error.hpp"

namespace pacte::web {

std::string ActionHref(std::int64_t id);

// The data of templates/catalogue_action.mustache.
nlohmann::json ActionPageJson(const app::ActionDetail& d);

// The session form (re-shown with `error` and the posted values when given).
nlohmann::json SessionFormJson(std::int64_t action_id, const SessionInput& values,
                               const Error* error);

}  // namespace pacte::web
