#pragma once
// Computes, for one person and one day, everything that is due and since when. Pure: `today`
// comes from the clock seam (app/ports/clock.hpp) through the caller.
//
// Rules (each documented where it is decided, in due_rules.hpp):
//   orientation_overdue    in D&D, not exited, not oriented: orientation_delay after dd_since
//   contract_overdue       oriented, no signed contract covering today or later: the contract
//                          delay of the expected contract type after the orientation (or
//                          after the end of the last contract)
//   contract_expiring      the contract in force ends within contract_expiring_window and no
//                          later contract is signed
//   social_review_due      social orientation: review social_review_delay (…_vulnerable)
//                          after the orientation or the last review
//   no_recent_appointment  oriented, nothing planned, no appointment held for
//                          no_appointment_delay (counted from the orientation at the latest)
//   appointment_unrecorded each appointment of a past day still a_venir
// Every duration is looked up at the date of its triggering event.

#include <vector>

#include "domain/common/time.hpp"
#include "domain/deadlines/deadline_rules.hpp"
#include "domain/deadlines/due_item.hpp"
#include "domain/deadlines/parcours_snapshot.hpp"

namespace pacte {

// The items, ordered by kind (DueKind order), then due date, then subject id.
std::vector<DueItem> ComputeDue(const PersonParcoursSnapshot& person, Date today,
                                const DeadlineRules& rules);

}  // namespace pacte
