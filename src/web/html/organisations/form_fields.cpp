#include "web/html/organisations/form_fields.hpp"

namespace pacte::web {
namespace {

// Every key the partials test is set (null when unused): a missing key would be looked up in
// the enclosing contexts by mustache.
void AddCommon(nlohmann::json& field, const FieldSpec& spec, const nlohmann::json& errors) {
  for (const char* key : {"hint", "error", "describedby", "maxlength", "autocomplete"}) {
    field[key] = nullptr;
  }
  field["id"] = spec.id;
  field["label"] = spec.label;
  field["required"] = spec.required;
  std::string describedby;
  if (!spec.hint.empty()) {
    field["hint"] = spec.hint;
    describedby = spec.id + "-hint";
  }
  if (errors.contains(spec.id)) {
    field["error"] = errors[spec.id];
    describedby += (describedby.empty() ? "" : " ") + spec.id + "-error";
  }
  if (!describedby.empty()) field["describedby"] = describedby;
}

}  // namespace

nlohmann::json TextField(const FieldSpec& spec, const nlohmann::json& errors) {
  nlohmann::json field{{"type", spec.type}, {"value", spec.value}};
  AddCommon(field, spec, errors);
  if (spec.maxlength > 0) field["maxlength"] = std::to_string(spec.maxlength);
  if (!spec.autocomplete.empty()) field["autocomplete"] = spec.autocomplete;
  return field;
}

nlohmann::json SelectField(const FieldSpec& spec, const std::vector<Option>& options,
                           const std::string& empty_label, const nlohmann::json& errors) {
  nlohmann::json field = nlohmann::json::object();
  AddCommon(field, spec, errors);
  nlohmann::json list = nlohmann::json::array();
  if (!empty_label.empty()) {
    list.push_back({{"value", ""}, {"label", empty_label}, {"selected", spec.value.empty()}});
  }
  for (const auto& o : options) {
    list.push_back({{"value", o.value}, {"label", o.label}, {"selected", o.value == spec.value}});
  }
  field["options"] = list;
  return field;
}

nlohmann::json FilterOptions(const std::vector<Option>& options, const std::string& selected,
                             const std::string& all_label) {
  nlohmann::json list = nlohmann::json::array();
  list.push_back({{"value", ""}, {"label", all_label}, {"selected", selected.empty()}});
  for (const auto& o : options) {
    list.push_back({{"value", o.value}, {"label", o.label}, {"selected", o.value == selected}});
  }
  return list;
}

std::string FormValue(const Params& form, const std::string& name) {
  return First(form, name).value_or("");
}

bool FormChecked(const Params& form, const std::string& name) {
  return First(form, name).has_value();
}

}  // namespace pacte::web
