#pragma once
// The action form of the catalogue pages: reading what was posted into an edit of the fields
// the form holds (every field but the operator structure and the status), and the JSON a
// template renders (one entry per field, grouped, with the error of each field next to it).

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

using IdChoices = std::vector<std::pair<std::int64_t, std::string>>;

// What the form offers to choose from (id or code, label).
struct ActionFormChoices {
  IdChoices structures;   // non-empty: the structure choice (creation by a manager)
  IdChoices territories;  // zone_territories checkboxes
  std::vector<std::pair<std::string, std::string>> communes;  // zone_eligibilite checkboxes
  IdChoices institutions;                                     // funders checkboxes
};

// {groups: [{legend, hint?, fields: [...]}], summary?} for
// templates/catalogue_action_form.mustache. Zone codes of `f` that are not communes of the
// choices (a département, an EPCI, "france") get a checkbox of their own, so that an edit
// keeps them.
nlohmann::json ActionFormJson(const ActionFields& f, const Error* error,
                              const ActionFormChoices& choices,
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
// The same rendered as <input type="date"> (value: ISO date).
nlohmann::json DateField(const std::string& id, const std::string& label,
                         const std::string& value, const nlohmann::json& errors,
                         const std::string& hint = "");
// One checkbox ({id, label, options:[{value,label,selected,index}]}) rendered as a fieldset.
nlohmann::json CheckboxField(const std::string& id, const std::string& label,
                             const std::vector<std::pair<std::string, std::string>>& choices,
                             const std::vector<std::string>& checked,
                             const nlohmann::json& errors, const std::string& hint = "");

}  // namespace pacte::web
