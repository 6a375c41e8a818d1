#pragma once
// The action form of the catalogue pages: reading what was posted into an edit of the fields
// the form holds (funders and territories stay as they are: API only), and the JSON a template
// renders (one entry per field, grouped, with the error of each field next to it).

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/catalogue/catalogue.hpp"
#include "domain/common/error.hpp"
#include "web/server/http.hpp"

namespace pacte::web {

// Copies the posted values of every field of the form onto `f`.
void ApplyActionForm(const Params& form, ActionFields& f);

// The structure chosen in the creation form (managers), when one is posted.
std::optional<std::int64_t> PostedStructure(const Params& form);

// {groups: [{legend, fields: [...]}], summary?} for templates/catalogue_action_form.mustache.
// `structures` (id, name) adds the structure choice (creation by a manager).
nlohmann::json ActionFormJson(const ActionFields& f, const Error* error,
                              const std::vector<std::pair<std::int64_t, std::string>>& structures,
                              std::optional<std::int64_t> structure_id);

// Reading integers typed in a form: "" → nullopt; unreadable → the kUnreadableInt sentinel,
// so that the domain names the field (decimals: FormDouble in web/html/forms.hpp).
std::optional<std::int64_t> FormInt(const std::optional<std::string>& text);
// Euros typed as "12 500,50" → cents.
std::optional<std::int64_t> FormCents(const std::optional<std::string>& text);
std::string NumberText(const std::optional<double>& v);

// {id, label, value, error, hint, ...} helpers shared with the session and programme forms.
nlohmann::json TextField(const std::string& id, const std::string& label,
                         const std::string& value, const nlohmann::json& errors,
                         const std::string& hint = "");

}  // namespace pacte::web
