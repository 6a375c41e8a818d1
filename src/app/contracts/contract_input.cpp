#include "app/contracts/contract_input.hpp"


#include "domain/common/text.hpp"
#include "domain/parcours/field_checks.hpp"

namespace pacte::app {
namespace {

// The end date the draft is checked with: the typed one, or the one the shortcut gives.
std::string EndOf(const ContractInput& in, Validation& errors) {
  if (!in.duration_months) return in.ends_on;
  if (!IsContractLengthShortcut(*in.duration_months)) {
    errors.Add("duration_months", "Durée inconnue : choisissez 3, 6, 12 ou 24 mois.");
    return in.ends_on;
  }
  auto starts = ParseIsoDate(Trim(in.starts_on));
  if (!starts) return in.ends_on;  // starts_on reports the problem
  std::string computed = FormatIsoDate(ContractEndAfterMonths(*starts, *in.duration_months));
  std::string typed(Trim(in.ends_on));
  if (!typed.empty() && typed != computed) {
    errors.Add("duration_months", "La durée choisie (" + std::to_string(*in.duration_months) +
                                      " mois) mène au " +
                                      FormatFrenchDate(*ParseIsoDate(computed)) +
                                      " : laissez la date de fin vide ou corrigez-la.");
  }
  return computed;
}

ContractDraft DraftOf(const ContractInput& in, Validation& errors) {
  ContractDraft d;
  d.type = std::string(Trim(in.type));
  d.signed_on = std::string(Trim(in.signed_on));
  d.starts_on = std::string(Trim(in.starts_on));
  d.ends_on = std::string(Trim(EndOf(in, errors)));
  d.weekly_hours = in.weekly_hours;
  d.exemption_reason = std::string(Trim(in.exemption_reason));
  for (const auto& a : in.actions) d.actions.push_back({a.label, a.action_type});
  return d;
}

ContractStatus StatusOf(const ContractInput& in, const ContractFields& fields, Validation& errors) {
  std::string code(Trim(in.status));
  if (code.empty()) return InitialContractStatus(fields);
  auto status = ParseContractStatus(code);
  if (!status) {
    errors.Add("status", "Statut inconnu : brouillon ou signe.");
    return ContractStatus::kBrouillon;
  }
  if (IsFinal(*status)) {
    errors.Add("status", "Un contrat s'enregistre en brouillon ou signé ; il se termine ensuite.");
    return ContractStatus::kBrouillon;
  }
  if (*status == ContractStatus::kSigne && !fields.signed_on && Trim(in.signed_on).empty()) {
    errors.Add("signed_on", "La date de signature est obligatoire pour un contrat signé.");
  }
  if (*status == ContractStatus::kBrouillon && fields.signed_on) {
    errors.Add("signed_on",
               "Un brouillon n'a pas de date de signature : choisissez le statut « signé ».");
  }
  return *status;
}

}  // namespace

ContractRecord ValidateContractInput(const ContractInput& in, const ContractRules& rules,
                                     Date today, Validation& errors) {
  ContractRecord record;
  record.fields = ValidateContract(DraftOf(in, errors), rules, today, errors);
  for (std::size_t i = 0; i < record.fields.actions.size() && i < in.actions.size(); ++i) {
    record.fields.actions[i].catalogue_action_id = in.actions[i].catalogue_action_id;
    record.fields.actions[i].prescription_id = in.actions[i].prescription_id;
  }
  record.objectives = OptionalText(in.objectives, kContractObjectivesMax, "objectives", errors);
  record.status = StatusOf(in, record.fields, errors);
  return record;
}

ContractInput InputOf(const ContractRecord& r) {
  const auto& f = r.fields;
  ContractInput in;
  in.type = std::string(ContractTypeCode(f.type));
  if (f.signed_on) in.signed_on = FormatIsoDate(*f.signed_on);
  in.starts_on = FormatIsoDate(f.starts_on);
  in.ends_on = FormatIsoDate(f.ends_on);
  in.weekly_hours = f.weekly_hours;
  in.exemption_reason = f.exemption_reason.value_or("");
  in.objectives = r.objectives.value_or("");
  for (const auto& a : f.actions) {
    in.actions.push_back({a.label, a.action_type, a.catalogue_action_id, a.prescription_id});
  }
  return in;
}

bool ChangesFields(const ContractChanges& c) {
  bool signs = c.status && Trim(*c.status) == "signe";
  return c.type || (c.signed_on && !signs) || c.starts_on || c.ends_on || c.duration_months ||
         c.weekly_hours || c.exemption_reason || c.objectives || c.actions;
}

void ApplyChanges(const ContractChanges& c, ContractInput& in) {
  if (c.type) in.type = *c.type;
  if (c.signed_on) in.signed_on = *c.signed_on;
  if (c.starts_on) in.starts_on = *c.starts_on;
  if (c.duration_months) {
    in.duration_months = c.duration_months;
    if (!c.ends_on) in.ends_on.clear();
  }
  if (c.ends_on) in.ends_on = *c.ends_on;
  if (c.weekly_hours) in.weekly_hours = *c.weekly_hours;
  if (c.exemption_reason) in.exemption_reason = *c.exemption_reason;
  if (c.objectives) in.objectives = *c.objectives;
  if (c.actions) in.actions = *c.actions;
}

std::vector<std::string> ChangedFieldNames(const ContractRecord& a, const ContractRecord& b) {
  std::vector<std::string> out;
  auto note = [&](bool differs, const char* name) {
    if (differs) out.emplace_back(name);
  };
  const auto& x = a.fields;
  const auto& y = b.fields;
  note(x.type != y.type, "type");
  note(x.signed_on != y.signed_on, "signed_on");
  note(x.starts_on != y.starts_on, "starts_on");
  note(x.ends_on != y.ends_on, "ends_on");
  note(x.weekly_hours != y.weekly_hours, "weekly_hours");
  note(x.exemption_reason != y.exemption_reason, "exemption_reason");
  note(a.objectives != b.objectives, "objectives");
  bool actions_differ = x.actions.size() != y.actions.size();
  for (std::size_t i = 0; !actions_differ && i < x.actions.size(); ++i) {
    actions_differ = x.actions[i].label != y.actions[i].label ||
                     x.actions[i].action_type != y.actions[i].action_type ||
                     x.actions[i].catalogue_action_id != y.actions[i].catalogue_action_id ||
                     x.actions[i].prescription_id != y.actions[i].prescription_id;
  }
  note(actions_differ, "actions");
  note(a.status != b.status, "status");
  note(a.closed_on != b.closed_on, "closed_on");
  note(a.closure_reason != b.closure_reason, "closure_reason");
  return out;
}

}  // namespace pacte::app
