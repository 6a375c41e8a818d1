#pragma once
// What is due for a person, and since when. Each kind feeds one work list of the API
// (`GET /api/v1/worklists/{kind}`), named by DueKindCode.

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/common/time.hpp"
#include "domain/deadlines/regime.hpp"

namespace pacte {

enum class DueKind {
  kOrientation,            // "orientation_overdue": a person in D&D is not oriented
  kContract,               // "contract_overdue": an oriented person has no contract
  kContractExpiring,       // "contract_expiring": the contract ends soon, no renewal signed
  kSocialReview,           // "social_review_due": a social path must be reviewed
  kNoRecentAppointment,    // "no_recent_appointment": nobody has seen the person for long
  kAppointmentUnrecorded,  // "appointment_unrecorded": a past appointment is still a_venir
};

std::string_view DueKindCode(DueKind k);
std::string_view DueKindLabel(DueKind k);
std::optional<DueKind> ParseDueKind(std::string_view code);
const std::vector<DueKind>& AllDueKinds();

struct DueItem {
  DueKind kind = DueKind::kOrientation;
  // The last day on which the thing is on time (orientation, contract, review), the end of
  // the expiring contract, the date of the unrecorded appointment, or the last day of the
  // no-appointment period.
  Date due_on{};
  bool overdue = false;  // today is after due_on
  // Since when the item holds: while on time, the day the obligation started (the triggering
  // event); once overdue, the first day late (due_on + 1). For contract_expiring, the first
  // day inside the alert window.
  Date since{};
  Regime rule_regime = Regime::k2009;  // the regime of the triggering event
  std::int64_t subject_id = 0;         // the appointment or contract concerned; 0 when none

  friend bool operator==(const DueItem&, const DueItem&) = default;
};

// Whether the item belongs on its work list today: orientation and contract items once
// overdue; social reviews from their due date; the other kinds always (they exist only when
// something must be done).
bool IsOnWorkList(const DueItem& item, Date today);

}  // namespace pacte
