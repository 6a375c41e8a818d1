#pragma once
// Which facts of a snapshot belong to the person's current parcours on a given day.
//
// Decisions:
// - A person is "obliged" (orientation, contract, review and appointment deadlines run) when
//   in droits et devoirs on that day (dd_since on or before it) and not exited since entering:
//   an exit dated from dd_since up to that day ends the parcours. An exit dated in the future
//   is not yet in effect.
// - An exit BEFORE dd_since closed an earlier parcours: the person came back with a new right,
//   which reopens the parcours. Orientations and contracts dated on or before that exit belong
//   to the closed parcours and are ignored (a new orientation is due).
// - An orientation dated after the day looked at is ignored (not yet decided).

#include <optional>

#include "domain/common/time.hpp"
#include "domain/deadlines/deadline_rules.hpp"
#include "domain/deadlines/parcours_snapshot.hpp"

namespace pacte {

struct CurrentParcours {
  bool obliged = false;
  std::optional<OrientationFact> orientation;  // the orientation in force, if any
  std::optional<Date> previous_exit;           // the exit that closed an earlier parcours
};

CurrentParcours ReadCurrentParcours(const PersonParcoursSnapshot& person, Date today);

// The day a contract counts as signed: its signature date, or its start when unknown.
Date SignatureDay(const ContractFact& contract);

// The last day a contract binds: ends_on, or the earlier closed_on of a termine or resilie
// contract.
Date LastDay(const ContractFact& contract);

// Whether a contract counts for the current parcours: not a draft, not from a closed parcours,
// and — when the current orientation falls under the 2025 regime, where a new orientation
// restarts the contract month — signed on or after that orientation.
bool CountsForParcours(const ContractFact& contract, const CurrentParcours& current,
                       const DeadlineRules& rules);

}  // namespace pacte
