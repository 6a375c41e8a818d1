#pragma once
// Validation of a contract's fields, with the département's configurable rules (minimum
// weekly activity and the accepted exemption reasons), and the 3/6/12/24-month length
// shortcuts.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/common/error.hpp"
#include "domain/common/time.hpp"
#include "domain/parcours/contract.hpp"
#include "domain/parcours/contract_action.hpp"

namespace pacte {

struct ExemptionReason {
  std::string code;
  std::string label;
};

// Configuration, not constants: the exact exemptions are still to be confirmed.
struct ContractRules {
  double min_weekly_hours = 15;  // for a contrat_engagement, unless exempted
  double max_weekly_hours = 48;  // legal maximum working week (Code du travail)
  std::vector<ExemptionReason> exemption_reasons;

  const ExemptionReason* FindExemption(std::string_view code) const;
};

// 15 hours; exemptions `sante` (health), `handicap` (disability or invalidity),
// `parent_isole_sans_garde` (lone parent without childcare).
ContractRules DefaultContractRules();

// What a person or an API client typed.
struct ContractDraft {
  std::string type;       // a ContractType code
  std::string signed_on;  // "YYYY-MM-DD" or empty (not signed yet)
  std::string starts_on;
  std::string ends_on;
  std::optional<double> weekly_hours;
  std::string exemption_reason;  // a code of ContractRules::exemption_reasons, or empty
  std::vector<ContractActionDraft> actions;
};

struct ContractFields {
  ContractType type = ContractType::kContratEngagement;
  std::optional<Date> signed_on;
  Date starts_on{};
  Date ends_on{};  // inclusive: the contract binds from starts_on to ends_on, both included
  std::optional<double> weekly_hours;
  std::optional<std::string> exemption_reason;
  std::vector<ContractAction> actions;
};

// Checks a draft. Fields at fault (French messages): type; signed_on (unreadable, in the
// future, after the end); starts_on, ends_on (missing, unreadable, end not after start);
// weekly_hours (outside 0..max; under the minimum or missing for a contrat_engagement without
// exemption); exemption_reason (unknown, or given for another type); actions[i].*.
// Result meaningful only when errors.Ok().
ContractFields ValidateContract(const ContractDraft& draft, const ContractRules& rules, Date today,
                                Validation& errors);

// brouillon without a signature date, signe with one.
ContractStatus InitialContractStatus(const ContractFields& fields);

inline constexpr std::array<int, 4> kContractLengthShortcuts{3, 6, 12, 24};

bool IsContractLengthShortcut(int months);

// The inclusive end of a contract of `months` months starting on `starts_on`: the day before
// the same day `months` later (1 March + 6 → 31 August); when that day does not exist the
// contract ends on the last day of the month (31 August + 6 → 28 or 29 February).
// Precondition: months >= 1.
Date ContractEndAfterMonths(Date starts_on, int months);

}  // namespace pacte
