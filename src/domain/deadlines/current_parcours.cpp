#include "domain/deadlines/current_parcours.hpp"

#include <algorithm>

namespace pacte {

CurrentParcours ReadCurrentParcours(const PersonParcoursSnapshot& person, Date today) {
  CurrentParcours current;
  const auto& dd = person.dd_since;
  const auto& exit = person.exited_on;
  if (dd && exit && *exit < *dd) current.previous_exit = exit;
  bool exited = dd && exit && *exit >= *dd && *exit <= today;
  current.obliged = dd && *dd <= today && !exited;
  const auto& o = person.orientation;
  if (o && o->decided_on <= today &&
      !(current.previous_exit && o->decided_on <= *current.previous_exit)) {
    current.orientation = o;
  }
  return current;
}

Date SignatureDay(const ContractFact& contract) {
  return contract.signed_on.value_or(contract.starts_on);
}

Date LastDay(const ContractFact& contract) {
  if (IsFinal(contract.status) && contract.closed_on) {
    return std::min(*contract.closed_on, contract.ends_on);
  }
  return contract.ends_on;
}

bool CountsForParcours(const ContractFact& contract, const CurrentParcours& current,
                       const DeadlineRules& rules) {
  if (contract.status == ContractStatus::kBrouillon) return false;
  Date signed_day = SignatureDay(contract);
  if (current.previous_exit && signed_day <= *current.previous_exit) return false;
  const auto& o = current.orientation;
  if (o && rules.RegimeAt(o->decided_on) == Regime::k2025 && signed_day < o->decided_on) {
    return false;
  }
  return true;
}

}  // namespace pacte
