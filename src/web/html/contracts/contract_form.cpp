#include "web/html/contracts/contract_form.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <map>
#include <set>

#include "app/contracts/contracts.hpp"
#include "domain/common/text.hpp"
#include "web/html/forms.hpp"

namespace pacte::web {
namespace {

constexpr std::size_t kBlankRows = 2;
constexpr std::size_t kMaxRows = 60;

std::optional<std::string> Posted(const Params& form, const std::string& name) {
  return First(form, name);
}

int ReadInt(const std::string& text, int unreadable) {
  std::string t = Trim(text);
  if (t.empty()) return 0;
  char* end = nullptr;
  long v = std::strtol(t.c_str(), &end, 10);
  if (end == t.c_str() || *end != '\0' || v < 0 || v > 1000) return unreadable;
  return static_cast<int>(v);
}

// A positive id ("12"); nullopt when empty or unreadable.
std::optional<std::int64_t> ReadId(const std::string& text) {
  std::string t = Trim(text);
  if (t.empty()) return std::nullopt;
  char* end = nullptr;
  long long v = std::strtoll(t.c_str(), &end, 10);
  if (end == t.c_str() || *end != '\0' || v <= 0) return std::nullopt;
  return static_cast<std::int64_t>(v);
}

// The row numbers posted (action_label_N or action_type_N), in order.
std::set<std::size_t> PostedRows(const Params& form) {
  std::set<std::size_t> rows;
  for (const auto& [key, value] : form) {
    for (const char* prefix : {"action_label_", "action_type_"}) {
      std::string p(prefix);
      if (key.rfind(p, 0) != 0) continue;
      int n = ReadInt(key.substr(p.size()), -1);
      if (n >= 0 && static_cast<std::size_t>(n) < kMaxRows) rows.insert(static_cast<std::size_t>(n));
    }
  }
  return rows;
}

void ReadActions(const Params& form, PostedContract& out) {
  auto rows = PostedRows(form);
  if (rows.empty() && !Posted(form, "actions_posted")) return;
  std::vector<app::ContractActionInput> actions;
  for (std::size_t row : rows) {
    const std::string n = std::to_string(row);
    std::string label = Posted(form, "action_label_" + n).value_or("");
    std::string type = Posted(form, "action_type_" + n).value_or("");
    auto prescription = ReadId(Posted(form, "action_prescription_" + n).value_or(""));
    if (Trim(label).empty() && Trim(type).empty() && !prescription) continue;  // a blank row
    app::ContractActionInput a;
    a.label = label;
    a.action_type = ReadInt(type, -1);
    a.catalogue_action_id = ReadId(Posted(form, "action_catalogue_" + n).value_or(""));
    a.prescription_id = prescription;
    actions.push_back(std::move(a));
    out.action_rows.push_back(row);
  }
  out.changes.actions = std::move(actions);
}

nlohmann::json Options(const std::vector<std::pair<std::string, std::string>>& choices,
                       const std::string& selected) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& [value, label] : choices) {
    out.push_back({{"value", value}, {"label", label}, {"selected", value == selected}});
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> TypeChoices() {
  std::vector<std::pair<std::string, std::string>> c{{"", "Choisir…"}};
  for (auto t : AllContractTypes()) {
    c.emplace_back(std::string(ContractTypeCode(t)), std::string(ContractTypeLabel(t)));
  }
  return c;
}

std::vector<std::pair<std::string, std::string>> ExemptionChoices() {
  std::vector<std::pair<std::string, std::string>> c{{"", "Aucune dispense"}};
  for (const auto& r : app::CurrentContractRules().exemption_reasons) c.emplace_back(r.code, r.label);
  return c;
}

std::vector<std::pair<std::string, std::string>> DurationChoices() {
  std::vector<std::pair<std::string, std::string>> c{{"", "Autre : saisir la date de fin"}};
  for (int m : kContractLengthShortcuts) c.emplace_back(std::to_string(m), std::to_string(m) + " mois");
  return c;
}

std::string ErrorOf(const nlohmann::json& errors, const std::string& field) {
  auto it = errors.find(field);
  return it != errors.end() && it->is_string() ? it->get<std::string>() : "";
}

nlohmann::json Field(const std::string& id, const std::string& value,
                     const nlohmann::json& errors) {
  std::string error = ErrorOf(errors, id);
  return {{"id", id}, {"value", value}, {"error", error}, {"invalid", !error.empty()}};
}

std::string HoursText(const std::optional<double>& h) {
  if (!h) return "";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", *h);
  std::string t(buffer);
  std::replace(t.begin(), t.end(), '.', ',');
  return t;
}

// The options of a row's prescription select; a linked prescription missing from `choices`
// is kept under its number.
nlohmann::json PrescriptionOptions(const std::vector<PrescriptionChoice>& choices,
                                   std::optional<std::int64_t> selected) {
  nlohmann::json out = nlohmann::json::array();
  out.push_back({{"value", ""}, {"label", "Aucune"}, {"selected", !selected}});
  bool found = false;
  for (const auto& c : choices) {
    bool is_selected = selected == c.id;
    found = found || is_selected;
    out.push_back({{"value", std::to_string(c.id)}, {"label", c.label}, {"selected", is_selected}});
  }
  if (selected && !found) {
    out.push_back({{"value", std::to_string(*selected)},
                   {"label", "Prescription n° " + std::to_string(*selected)},
                   {"selected", true}});
  }
  return out;
}

nlohmann::json RowJson(const std::string& label, int action_type,
                       std::optional<std::int64_t> catalogue,
                       std::optional<std::int64_t> prescription,
                       const std::vector<PrescriptionChoice>& choices) {
  nlohmann::json options = PrescriptionOptions(choices, prescription);
  return {{"label", label},
          {"type_options", ActionTypeOptions(action_type)},
          {"catalogue", catalogue ? std::to_string(*catalogue) : ""},
          {"prescription_options", options},
          {"show_prescription", options.size() > 1},
          {"label_error", ""},
          {"type_error", ""},
          {"prescription_error", ""}};
}

nlohmann::json ActionRowsJson(const app::ContractInput& values,
                              const std::vector<std::size_t>& action_rows,
                              const std::vector<PrescriptionChoice>& choices,
                              const nlohmann::json& errors) {
  std::map<std::size_t, nlohmann::json> rows;
  std::size_t next = 0;
  for (std::size_t k = 0; k < values.actions.size(); ++k) {
    std::size_t row = k < action_rows.size() ? action_rows[k] : k;
    const auto& a = values.actions[k];
    const std::string prefix = "actions[" + std::to_string(k) + "].";
    rows[row] = RowJson(a.label, a.action_type, a.catalogue_action_id, a.prescription_id, choices);
    rows[row]["label_error"] = ErrorOf(errors, prefix + "label");
    rows[row]["type_error"] = ErrorOf(errors, prefix + "action_type");
    rows[row]["prescription_error"] = ErrorOf(errors, prefix + "prescription_id");
    next = std::max(next, row + 1);
  }
  for (std::size_t i = 0; i < kBlankRows; ++i) {
    rows[next + i] = RowJson("", 0, std::nullopt, std::nullopt, choices);
  }
  nlohmann::json out = nlohmann::json::array();
  for (auto& [row, data] : rows) {
    data["index"] = row;
    data["number"] = row + 1;
    out.push_back(std::move(data));
  }
  return out;
}

}  // namespace

PostedContract ReadContractForm(const Params& form) {
  PostedContract out;
  auto& c = out.changes;
  c.type = Posted(form, "type");
  c.starts_on = Posted(form, "starts_on");
  c.ends_on = Posted(form, "ends_on");
  if (auto d = Posted(form, "duration_months"); d && !Trim(*d).empty()) {
    c.duration_months = ReadInt(*d, -1);
  }
  if (auto h = Posted(form, "weekly_hours")) c.weekly_hours = FormDouble(h);
  c.exemption_reason = Posted(form, "exemption_reason");
  c.objectives = Posted(form, "objectives");
  c.status = Posted(form, "status");
  c.signed_on = Posted(form, "signed_on");
  ReadActions(form, out);
  return out;
}

nlohmann::json ActionTypeOptions(int selected) {
  nlohmann::json out = nlohmann::json::array();
  out.push_back({{"value", ""}, {"label", "Choisir un type…"}, {"selected", selected == 0}});
  for (int t = 1; t <= kOarsaActionTypeCount; ++t) {
    out.push_back({{"value", std::to_string(t)},
                   {"label", std::to_string(t) + " – " + std::string(OarsaActionTypeLabel(t))},
                   {"selected", t == selected}});
  }
  return out;
}

nlohmann::json ContractFormJson(const ContractFormSpec& spec, const app::ContractInput& values,
                                const std::vector<std::size_t>& action_rows, const Error* error) {
  nlohmann::json errors = error && error->kind == ErrorKind::kInvalid ? FieldErrorsJson(*error)
                                                                      : nlohmann::json::object();
  nlohmann::json data{
      {"action", spec.action},
      {"submit_label", spec.submit_label},
      {"summary", error ? nlohmann::json(error->message) : nlohmann::json()},
      {"type", Field("type", values.type, errors)},
      {"starts_on", Field("starts_on", values.starts_on, errors)},
      {"ends_on", Field("ends_on", values.ends_on, errors)},
      {"duration_months", Field("duration_months", "", errors)},
      {"weekly_hours", Field("weekly_hours", HoursText(values.weekly_hours), errors)},
      {"exemption_reason", Field("exemption_reason", values.exemption_reason, errors)},
      {"objectives", Field("objectives", values.objectives, errors)},
      {"actions_error", ErrorOf(errors, "actions")},
      {"action_rows", ActionRowsJson(values, action_rows, spec.prescriptions, errors)},
      {"new_action_type_options", ActionTypeOptions(0)},
      {"new_prescription_options", PrescriptionOptions(spec.prescriptions, std::nullopt)},
      {"has_prescriptions", !spec.prescriptions.empty()},
      {"with_status", spec.with_status}};
  data["type"]["options"] = Options(TypeChoices(), values.type);
  data["exemption_reason"]["options"] = Options(ExemptionChoices(), values.exemption_reason);
  data["duration_months"]["options"] = Options(
      DurationChoices(), values.duration_months ? std::to_string(*values.duration_months) : "");
  if (spec.version) data["version"] = *spec.version;
  if (spec.with_status) {
    data["status"] = Field("status", values.status, errors);
    data["status"]["options"] =
        Options({{"brouillon", "Brouillon (à signer plus tard)"}, {"signe", "Signé"}},
                values.status.empty() ? "brouillon" : values.status);
    data["signed_on"] = Field("signed_on", values.signed_on, errors);
  }
  return data;
}

}  // namespace pacte::web
