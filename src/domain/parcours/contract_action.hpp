#pragma once
// Actions planned in a contract. Each carries one of the 15 action types of the DREES OARSA
// survey (table 4), the same list as catalogue actions.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/common/error.hpp"

namespace pacte {

inline constexpr int kOarsaActionTypeCount = 15;

// True for 1..15.
bool IsOarsaActionType(int action_type);

// French label of an OARSA action type; empty for a number outside 1..15.
std::string_view OarsaActionTypeLabel(int action_type);

struct ContractActionDraft {
  std::string label;
  int action_type = 0;  // 0: none chosen
};

struct ContractAction {
  std::string label;
  int action_type = kOarsaActionTypeCount;
  std::optional<std::int64_t> catalogue_action_id;  // linked later to the catalogue
  std::optional<std::int64_t> prescription_id = std::nullopt;  // the prescription carried out
};

inline constexpr std::size_t kContractActionLabelMax = 300;
inline constexpr std::size_t kContractActionsMax = 50;

// Checks the actions of a contract. Fields at fault: actions (more than 50),
// actions[i].label (missing or too long), actions[i].action_type (not 1..15).
// Result meaningful only when errors.Ok().
std::vector<ContractAction> ValidateContractActions(const std::vector<ContractActionDraft>& drafts,
                                                    Validation& errors);

}  // namespace pacte
