#include "web/api/v1/contract_body.hpp"

#include <algorithm>
#include <limits>
#include <set>
#include <string>

#include "web/api/v1/json_body.hpp"

namespace pacte::web {
namespace {

const std::set<std::string> kActionFields{"label", "action_type", "catalogue_action_id",
                                          "prescription_id"};

std::set<std::string> AllowedFields(ContractBodyKind kind) {
  std::set<std::string> f{"type",         "signed_on",        "starts_on",  "ends_on",
                          "duration_months", "weekly_hours",  "exemption_reason",
                          "objectives",   "actions",          "status"};
  if (kind == ContractBodyKind::kPatch) {
    f.insert({"version", "closed_on", "closure_reason"});
  }
  return f;
}

std::string ActionField(std::size_t i, const std::string& leaf) {
  return "actions[" + std::to_string(i) + "]." + leaf;
}

// An optional positive id of an action item: absent or null → nullopt.
std::optional<std::int64_t> ReadId(const nlohmann::json& item, std::size_t i,
                                   const std::string& name, Validation& errors) {
  auto it = item.find(name);
  if (it == item.end() || it->is_null()) return std::nullopt;
  if (it->is_number_integer() && it->get<std::int64_t>() > 0) return it->get<std::int64_t>();
  errors.Add(ActionField(i, name), "Doit être un identifiant positif.");
  return std::nullopt;
}

std::optional<app::ContractActionInput> ReadAction(const nlohmann::json& item, std::size_t i,
                                                   Validation& errors) {
  if (!item.is_object()) {
    errors.Add("actions[" + std::to_string(i) + "]",
               "Doit être un objet {label, action_type, catalogue_action_id, prescription_id}.");
    return std::nullopt;
  }
  app::ContractActionInput a;
  for (auto it = item.begin(); it != item.end(); ++it) {
    if (!kActionFields.count(it.key())) errors.Add(ActionField(i, it.key()), "Champ inconnu.");
  }
  if (auto label = item.find("label"); label != item.end() && !label->is_null()) {
    if (label->is_string()) {
      a.label = label->get<std::string>();
    } else {
      errors.Add(ActionField(i, "label"), "Doit être une chaîne de caractères.");
    }
  }
  if (auto type = item.find("action_type"); type != item.end() && !type->is_null()) {
    if (type->is_number_integer() && type->get<std::int64_t>() >= 0 &&
        type->get<std::int64_t>() <= std::numeric_limits<int>::max()) {
      a.action_type = type->get<int>();
    } else if (type->is_number_integer()) {
      a.action_type = -1;  // out of range: the domain names the field
    } else {
      errors.Add(ActionField(i, "action_type"), "Doit être un nombre entier.");
    }
  }
  a.catalogue_action_id = ReadId(item, i, "catalogue_action_id", errors);
  a.prescription_id = ReadId(item, i, "prescription_id", errors);
  return a;
}

void ReadActions(const nlohmann::json& body, app::ContractChanges& c, Validation& errors) {
  auto it = body.find("actions");
  if (it == body.end()) return;
  std::vector<app::ContractActionInput> actions;
  if (it->is_null()) {
    c.actions = actions;
    return;
  }
  if (!it->is_array()) {
    errors.Add("actions", "Doit être une liste d'actions.");
    return;
  }
  for (std::size_t i = 0; i < it->size(); ++i) {
    if (auto a = ReadAction((*it)[i], i, errors)) actions.push_back(*a);
  }
  c.actions = std::move(actions);
}

void ReadHours(const nlohmann::json& body, app::ContractChanges& c, Validation& errors) {
  auto it = body.find("weekly_hours");
  if (it == body.end()) return;
  if (it->is_null()) {
    c.weekly_hours = std::optional<double>();
  } else if (it->is_number()) {
    c.weekly_hours = std::optional<double>(it->get<double>());
  } else {
    errors.Add("weekly_hours", "Doit être un nombre (heures par semaine).");
  }
}

// A text field: absent → nullopt; null → "" (cleared).
std::optional<std::string> Text(JsonFields& fields, const nlohmann::json& body,
                                const std::string& name) {
  auto v = fields.String(name);
  if (!v && fields.Has(name) && body[name].is_null()) return std::string();
  return v;
}

}  // namespace

Result<ContractBody> ReadContractBody(const nlohmann::json& body, ContractBodyKind kind) {
  JsonFields fields(body, AllowedFields(kind));
  ContractBody out;
  auto& c = out.changes;
  if (kind == ContractBodyKind::kPatch) out.version = fields.Int("version", true).value_or(0);
  c.type = Text(fields, body, "type");
  c.signed_on = Text(fields, body, "signed_on");
  c.starts_on = Text(fields, body, "starts_on");
  c.ends_on = Text(fields, body, "ends_on");
  if (auto months = fields.Int("duration_months")) {
    c.duration_months = static_cast<int>(std::clamp<std::int64_t>(*months, -1, 1000));
  }
  c.exemption_reason = Text(fields, body, "exemption_reason");
  c.objectives = Text(fields, body, "objectives");
  c.status = Text(fields, body, "status");
  if (kind == ContractBodyKind::kPatch) {
    c.closed_on = Text(fields, body, "closed_on");
    c.closure_reason = Text(fields, body, "closure_reason");
  }
  Validation extra;
  ReadHours(body, c, extra);
  ReadActions(body, c, extra);
  auto ok = fields.Finish();
  if (ok && extra.Ok()) return out;
  Error e = ok ? extra.ToError("request.invalid_fields") : ok.error();
  if (!ok && !extra.Ok()) {
    for (const auto& f : extra.ToError().fields) e.fields.push_back(f);
  }
  return Fail(std::move(e));
}

app::ContractInput InputFromChanges(const app::ContractChanges& changes) {
  app::ContractInput in;
  app::ApplyChanges(changes, in);
  in.status = changes.status.value_or("");
  return in;
}

}  // namespace pacte::web
