#pragma once
// Template data for accessible form fields (partials institutions_text_field and
// institutions_select_field): label bound to the control, hint and error linked with
// aria-describedby, aria-invalid on error.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "web/server/http.hpp"

namespace pacte::web {

// A field described fluently: FieldSpec("name", "Nom", value).Required().MaxLength(150).
struct FieldSpec {
  FieldSpec(std::string field_id, std::string field_label, std::string field_value)
      : id(std::move(field_id)), label(std::move(field_label)), value(std::move(field_value)) {}
  FieldSpec& Type(std::string t) {
    type = std::move(t);
    return *this;
  }
  FieldSpec& Required() {
    required = true;
    return *this;
  }
  FieldSpec& Hint(std::string h) {
    hint = std::move(h);
    return *this;
  }
  FieldSpec& MaxLength(int n) {
    maxlength = n;
    return *this;
  }
  FieldSpec& Autocomplete(std::string a) {
    autocomplete = std::move(a);
    return *this;
  }

  std::string id;  // also the submitted name and the key in the errors object
  std::string label;
  std::string value;
  std::string type = "text";
  bool required = false;
  std::string hint;
  int maxlength = 0;
  std::string autocomplete;
};

struct Option {
  std::string value;
  std::string label;
};

// errors: {"field": "message"} as web/html/forms.hpp FieldErrorsJson builds it (or {}).
nlohmann::json TextField(const FieldSpec& spec, const nlohmann::json& errors);
// `options` are preceded by an empty choice labelled `empty_label` when it is not "".
nlohmann::json SelectField(const FieldSpec& spec, const std::vector<Option>& options,
                           const std::string& empty_label, const nlohmann::json& errors);

// Options of a search filter select: [{value, label, selected}], with a first "all" option.
nlohmann::json FilterOptions(const std::vector<Option>& options, const std::string& selected,
                             const std::string& all_label);

// A submitted form value, "" when absent.
std::string FormValue(const Params& form, const std::string& name);
// A submitted checkbox: present (any value) means checked.
bool FormChecked(const Params& form, const std::string& name);

}  // namespace pacte::web
