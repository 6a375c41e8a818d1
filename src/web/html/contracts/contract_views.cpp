#include "web/html/contracts/contract_views.hpp"

#include <algorithm>
#include <cstdio>

#include "web/html/forms.hpp"

namespace pacte::web {
namespace {

std::string French(const std::optional<Date>& d) { return d ? FormatFrenchDate(*d) : ""; }

std::string Hours(const std::optional<double>& h) {
  if (!h) return "";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", *h);
  std::string t(buffer);
  std::replace(t.begin(), t.end(), '.', ',');
  return t + " h";
}

nlohmann::json ActionsJson(const std::vector<ContractAction>& actions) {
  nlohmann::json out = nlohmann::json::array();
  int number = 0;
  for (const auto& a : actions) {
    out.push_back({{"number", ++number},
                   {"label", a.label},
                   {"action_type", a.action_type},
                   {"type_label", OarsaActionTypeLabel(a.action_type)}});
  }
  return out;
}

std::string ErrorOf(const nlohmann::json& errors, const std::string& field) {
  auto it = errors.find(field);
  return it != errors.end() && it->is_string() ? it->get<std::string>() : "";
}

nlohmann::json FieldJson(const std::string& form, const std::string& name,
                         const nlohmann::json& errors, const Params& posted, bool mine) {
  std::string error = mine ? ErrorOf(errors, name) : "";
  return {{"id", form + "-" + name},
          {"value", mine ? First(posted, name).value_or("") : ""},
          {"error", error},
          {"invalid", !error.empty()}};
}

struct StatusFormText {
  const char* heading;
  const char* button;
};

StatusFormText TextOf(ContractStatus s) {
  switch (s) {
    case ContractStatus::kSigne:
      return {"Signer le contrat", "Enregistrer la signature"};
    case ContractStatus::kTermine:
      return {"Terminer le contrat", "Marquer le contrat comme terminé"};
    case ContractStatus::kResilie:
      return {"Résilier le contrat", "Résilier le contrat"};
    case ContractStatus::kBrouillon:
      break;
  }
  return {"Repasser en brouillon", "Repasser en brouillon"};
}

}  // namespace

std::string ContractDocumentTitle(ContractType t) {
  switch (t) {
    case ContractType::kCerProfessionnel:
    case ContractType::kCerSocial:
      return "Contrat d'engagement réciproque";
    case ContractType::kPpae:
      return "Projet personnalisé d'accès à l'emploi (PPAE)";
    case ContractType::kContratEngagement:
      break;
  }
  return "Contrat d'engagement";
}

nlohmann::json ContractSummaryJson(const app::StoredContract& c, bool is_current) {
  const auto& r = c.record;
  const auto& f = r.fields;
  const ExemptionReason* exemption =
      f.exemption_reason ? app::CurrentContractRules().FindExemption(*f.exemption_reason)
                         : nullptr;
  const std::string id = std::to_string(c.id);
  nlohmann::json out{
      {"id", c.id},
      {"href", "/contrats/" + id},
      {"print_href", "/contrats/" + id + "/imprimer"},
      {"type_label", ContractTypeLabel(f.type)},
      {"document_title", ContractDocumentTitle(f.type)},
      {"status_label", ContractStatusLabel(r.status)},
      {"is_draft", r.status == ContractStatus::kBrouillon},
      {"signed_on", French(f.signed_on)},
      {"starts_on", FormatFrenchDate(f.starts_on)},
      {"ends_on", FormatFrenchDate(f.ends_on)},
      {"hours", Hours(f.weekly_hours)},
      {"exemption", exemption ? exemption->label : ""},
      {"objectives", r.objectives.value_or("")},
      {"actions", ActionsJson(f.actions)},
      {"has_actions", !f.actions.empty()},
      {"action_count", f.actions.size()},
      {"closed_on", French(r.closed_on)},
      {"closure_reason", r.closure_reason.value_or("")},
      {"is_current", is_current}};
  if (c.renews_contract_id) {
    out["renews"] = {{"id", *c.renews_contract_id},
                     {"href", "/contrats/" + std::to_string(*c.renews_contract_id)}};
  }
  if (c.renewed_by_id) {
    out["renewed_by"] = {{"id", *c.renewed_by_id},
                         {"href", "/contrats/" + std::to_string(*c.renewed_by_id)}};
  }
  return out;
}

nlohmann::json StatusFormsJson(const app::StoredContract& c, const std::string& posted_status,
                               const Params& posted, const Error* error) {
  nlohmann::json errors = error && error->kind == ErrorKind::kInvalid ? FieldErrorsJson(*error)
                                                                      : nlohmann::json::object();
  nlohmann::json out = nlohmann::json::array();
  for (auto next : NextContractStatuses(c.record.status)) {
    const std::string code(ContractStatusCode(next));
    const bool mine = code == posted_status && error;
    auto text = TextOf(next);
    nlohmann::json form{{"code", code},
                        {"heading", text.heading},
                        {"button", text.button},
                        {"contract_id", c.id},
                        {"contract_version", c.version},
                        {"summary", mine ? nlohmann::json(error->message) : nlohmann::json()},
                        {"signs", next == ContractStatus::kSigne},
                        {"closes", IsFinal(next)},
                        {"reason_required", next == ContractStatus::kResilie}};
    form["signed_on"] = FieldJson(code, "signed_on", errors, posted, mine);
    form["closed_on"] = FieldJson(code, "closed_on", errors, posted, mine);
    form["closure_reason"] = FieldJson(code, "closure_reason", errors, posted, mine);
    out.push_back(std::move(form));
  }
  return out;
}

}  // namespace pacte::web
