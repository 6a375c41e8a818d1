#include "domain/parcours/contract_rules.hpp"

#include <date/date.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "domain/common/text.hpp"
#include "domain/parcours/field_checks.hpp"

namespace pacte {
namespace {

// "15" or "15,5": French display of a number of hours.
std::string FormatHours(double hours) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", hours);
  std::string text(buffer);
  std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

void CheckType(const ContractDraft& draft, ContractFields& out, Validation& errors) {
  if (draft.type.empty()) {
    errors.Add("type", "Choisissez le type de contrat.");
  } else if (auto t = ParseContractType(draft.type)) {
    out.type = *t;
  } else {
    errors.Add("type",
               "Type de contrat inconnu : CER professionnel, CER social, PPAE ou "
               "contrat d'engagement.");
  }
}

void CheckDates(const ContractDraft& draft, Date today, ContractFields& out, Validation& errors) {
  auto starts = RequiredDate(draft.starts_on, "starts_on", errors);
  auto ends = RequiredDate(draft.ends_on, "ends_on", errors);
  out.signed_on = OptionalDate(draft.signed_on, "signed_on", errors);
  if (starts) out.starts_on = *starts;
  if (ends) out.ends_on = *ends;
  if (starts && ends && *ends <= *starts) {
    errors.Add("ends_on", "La date de fin doit être postérieure à la date de début.");
  }
  if (!out.signed_on) return;
  if (*out.signed_on > today) {
    errors.Add("signed_on", "La date de signature ne peut pas être dans le futur.");
  } else if (ends && *out.signed_on > *ends) {
    errors.Add("signed_on",
               "La date de signature ne peut pas être postérieure à la fin du "
               "contrat.");
  }
}

// The type of the draft when it reads as one (an unreadable type is reported once, by
// CheckType, and triggers no type-specific rule).
std::optional<ContractType> TypeOf(const ContractDraft& draft) {
  return ParseContractType(draft.type);
}

void CheckExemption(const ContractDraft& draft, const ContractRules& rules, ContractFields& out,
                    Validation& errors) {
  auto code = OptionalText(draft.exemption_reason, 100, "exemption_reason", errors);
  if (!code) return;
  auto type = TypeOf(draft);
  if (rules.FindExemption(*code) == nullptr) {
    errors.Add("exemption_reason", "Motif de dispense inconnu.");
  } else if (type && *type != ContractType::kContratEngagement) {
    errors.Add("exemption_reason",
               "Une dispense d'heures d'activité ne concerne que le contrat d'engagement.");
  } else {
    out.exemption_reason = *code;
  }
}

void CheckHours(const ContractDraft& draft, const ContractRules& rules, ContractFields& out,
                Validation& errors) {
  const auto& hours = draft.weekly_hours;
  if (hours && (!std::isfinite(*hours) || *hours < 0 || *hours > rules.max_weekly_hours)) {
    errors.Add("weekly_hours", "Le nombre d'heures hebdomadaires doit être compris entre 0 et " +
                                   FormatHours(rules.max_weekly_hours) + ".");
    return;
  }
  out.weekly_hours = hours;
  bool engagement = TypeOf(draft) == ContractType::kContratEngagement;
  // An exemption, even an unknown one (already reported), replaces the minimum.
  if (!engagement || !Trim(draft.exemption_reason).empty()) return;
  if (!hours || *hours < rules.min_weekly_hours) {
    errors.Add("weekly_hours", "Le contrat d'engagement prévoit au moins " +
                                   FormatHours(rules.min_weekly_hours) +
                                   " heures d'activité par semaine, sauf dispense motivée.");
  }
}

}  // namespace

const ExemptionReason* ContractRules::FindExemption(std::string_view code) const {
  for (const auto& reason : exemption_reasons) {
    if (reason.code == code) return &reason;
  }
  return nullptr;
}

ContractRules DefaultContractRules() {
  ContractRules rules;
  rules.exemption_reasons = {
      {"sante", "Difficultés de santé"},
      {"handicap", "Situation de handicap ou d'invalidité"},
      {"parent_isole_sans_garde", "Parent isolé sans solution de garde"},
  };
  return rules;
}

ContractFields ValidateContract(const ContractDraft& draft, const ContractRules& rules, Date today,
                                Validation& errors) {
  ContractFields out;
  CheckType(draft, out, errors);
  CheckDates(draft, today, out, errors);
  CheckExemption(draft, rules, out, errors);
  CheckHours(draft, rules, out, errors);
  out.actions = ValidateContractActions(draft.actions, errors);
  return out;
}

ContractStatus InitialContractStatus(const ContractFields& fields) {
  return fields.signed_on ? ContractStatus::kSigne : ContractStatus::kBrouillon;
}

bool IsContractLengthShortcut(int months) {
  return std::find(kContractLengthShortcuts.begin(), kContractLengthShortcuts.end(), months) !=
         kContractLengthShortcuts.end();
}

Date ContractEndAfterMonths(Date starts_on, int months) {
  Date same_day_later = AddMonths(starts_on, months);
  date::year_month_day start{date::sys_days{starts_on.time_since_epoch()}};
  date::year_month_day later{date::sys_days{same_day_later.time_since_epoch()}};
  // AddMonths clamps a missing day to the month's last day: that day is the end itself.
  if (later.day() != start.day()) return same_day_later;
  return same_day_later - std::chrono::days{1};
}

}  // namespace pacte
