#pragma once
// What a person or an API client typed for a contract, and its validation into a record: the
// domain's rules (domain/parcours/contract_rules.hpp) plus the choices of this application —
// the 3/6/12/24-month duration shortcut, the objectives text and the initial status.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/contract_repository.hpp"
#include "domain/common/error.hpp"
#include "domain/common/time.hpp"
#include "domain/parcours/contract_rules.hpp"

namespace pacte::app {

inline constexpr std::size_t kContractObjectivesMax = 4000;
inline constexpr std::size_t kContractClosureReasonMax = 500;

struct ContractActionInput {
  std::string label;
  int action_type = 0;  // 0: none chosen
  std::optional<std::int64_t> catalogue_action_id;
  std::optional<std::int64_t> prescription_id = std::nullopt;  // one of the person's prescriptions
};

struct ContractInput {
  std::string type;  // a ContractType code
  std::string signed_on;
  std::string starts_on;
  std::string ends_on;  // inclusive; may be left empty when duration_months is given
  // A length shortcut (3, 6, 12 or 24 months): the end is ContractEndAfterMonths(starts_on).
  std::optional<int> duration_months;
  std::optional<double> weekly_hours;
  std::string exemption_reason;
  std::string objectives;
  std::vector<ContractActionInput> actions;
  // "" (signe when signed_on is given, brouillon otherwise), "brouillon" or "signe".
  std::string status;
};

// Checks an input on `today`. Fields at fault (French messages): those of ValidateContract,
// plus duration_months (not a shortcut; both a duration and a different end date), objectives
// (too long), status (unknown, or termine/resilie: a contract starts brouillon or signe),
// signed_on (missing for a signed contract, given for a draft). The result's status is
// brouillon or signe; meaningful only when errors.Ok().
ContractRecord ValidateContractInput(const ContractInput& in, const ContractRules& rules,
                                     Date today, Validation& errors);

// The input that reproduces a record's fields (status, closure and duration left empty).
ContractInput InputOf(const ContractRecord& record);

// A partial change: absent fields keep their value.
struct ContractChanges {
  std::optional<std::string> type;
  std::optional<std::string> signed_on;
  std::optional<std::string> starts_on;
  std::optional<std::string> ends_on;
  std::optional<int> duration_months;
  std::optional<std::optional<double>> weekly_hours;  // present and empty: cleared
  std::optional<std::string> exemption_reason;
  std::optional<std::string> objectives;
  std::optional<std::vector<ContractActionInput>> actions;
  // Status transition and its details.
  std::optional<std::string> status;
  std::optional<std::string> closed_on;
  std::optional<std::string> closure_reason;
};

// True when a field of the contract itself (not the status or closure) is changed.
// signed_on counts as a field only when the change does not sign the contract.
bool ChangesFields(const ContractChanges& c);

// Copies the present fields of `c` (not status nor closure) onto `in`. A duration clears a
// stale end date unless a new end is given too.
void ApplyChanges(const ContractChanges& c, ContractInput& in);

// Names of the fields whose values differ (for the audit trail).
std::vector<std::string> ChangedFieldNames(const ContractRecord& before,
                                           const ContractRecord& after);

}  // namespace pacte::app
