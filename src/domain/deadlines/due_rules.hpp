#pragma once
// One function per deadline rule; ComputeDue calls them all. Where the law or the issue text
// leaves room, the decision taken is written here.
//
// Common to the obligations (orientation, contract, review): the limit runs from a triggering
// event; the duration AND the regime are those in force on the date of that event. due_on is
// the last day on time; `overdue` from the next day. While on time the item exists too (it
// says "to do before due_on"); IsOnWorkList decides what the work lists show.

#include <optional>
#include <vector>

#include "domain/common/time.hpp"
#include "domain/deadlines/current_parcours.hpp"
#include "domain/deadlines/deadline_rules.hpp"
#include "domain/deadlines/due_item.hpp"
#include "domain/deadlines/parcours_snapshot.hpp"
#include "domain/parcours/contract.hpp"
#include "domain/parcours/parcours.hpp"

namespace pacte {

// The contract expected after an orientation. Regime 2025: always the contrat d'engagement.
// Regime 2009: a PPAE when the organisme référent is France Travail; a CER professionnel for
// a professional path elsewhere; a CER social for a social path and — a decision, the 2009
// law knowing only two paths — for a socio-professional one.
ContractType ExpectedContractType(Parcours parcours, bool with_france_travail, Regime regime);

// The rule giving the signature delay of a contract type.
DeadlineRule ContractDelayRule(ContractType type);

// orientation_overdue: obliged and not oriented; triggered by dd_since. From 2025 France
// Travail orients when the limit has passed: the item stays until an orientation is recorded,
// whoever decides it.
std::optional<DueItem> OrientationDue(const PersonParcoursSnapshot& person,
                                      const CurrentParcours& current, Date today,
                                      const DeadlineRules& rules);

// contract_overdue: obliged and oriented, and no counting contract (CountsForParcours) signed
// and running on or after today (a signed contract starting later satisfies the obligation).
// Decisions:
// - "Contract due" means: no valid contract. A valid contract in force means nothing is due
//   (its end is announced by contract_expiring).
// - Trigger: the orientation, or — when later — the day after the last day of the latest
//   counting contract that has ended (expired, terminated or cancelled): a renewal is due
//   within the same delay as after an orientation, the regime being that of that day.
// - Re-orientation: from 2025 it restarts the month (contracts signed before it do not
//   count); under the 2009 rules a contract in force signed before a re-orientation remains
//   valid until it ends.
// - No item when the delay is "none" (PPAE under the 2009 rules).
std::optional<DueItem> ContractDue(const PersonParcoursSnapshot& person,
                                   const CurrentParcours& current, Date today,
                                   const DeadlineRules& rules);

// contract_expiring: obliged, a counting signed contract is in force today and ends within
// the window (ends_on − window ≤ today ≤ ends_on; with 30 days: ending in 30 days is
// expiring, in 31 is not), and no counting signed contract ends after it (renewal not yet
// signed). The window is that in force on the end date; never overdue; subject: the contract.
std::optional<DueItem> ContractExpiring(const PersonParcoursSnapshot& person,
                                        const CurrentParcours& current, Date today,
                                        const DeadlineRules& rules);

// social_review_due: obliged and oriented to the social path; triggered by the orientation,
// or by the last recorded review when later. With vulnerabilities the longer delay applies.
// Under the 2009 rules the 12 months were an extension decided by the EP: the flag stands for
// it.
std::optional<DueItem> SocialReviewDue(const PersonParcoursSnapshot& person,
                                       const CurrentParcours& current, Date today,
                                       const DeadlineRules& rules);

// no_recent_appointment: obliged and oriented, no appointment planned (a_venir today or
// later), and the later of the orientation and the last `honore` appointment is more than the
// delay ago (exactly 3 months ago is not yet). Only an appointment held counts as contact;
// excused, cancelled, missed or unrecorded ones do not. Always overdue when present.
std::optional<DueItem> NoRecentAppointment(const PersonParcoursSnapshot& person,
                                           const CurrentParcours& current, Date today,
                                           const DeadlineRules& rules);

// appointment_unrecorded: one item per appointment of a day before today still a_venir
// ("à préciser"); an appointment earlier today is not listed before tomorrow. Whatever the
// person's D&D or exit status: recording what happened is the référent's bookkeeping.
// due_on: the appointment day; overdue; subject: the appointment.
std::vector<DueItem> UnrecordedAppointments(const PersonParcoursSnapshot& person, Date today,
                                            const DeadlineRules& rules);

}  // namespace pacte
