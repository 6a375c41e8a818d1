#pragma once
// Who may read and steer the pact (issue 6). Deny by default. The pact holds no personal data.
//
//   action                          admin coord. charge_or. referent operateur signataire lect._stats
//   read the pact                     x     x       x          x        x          x          x
//   manage it (pact, signatories,     x     x
//     orientations, objectives,
//     pilots, indicators, targets)
//   update an objective (enter        x     x                                     pilot (1)
//     measurements, commitments)
//   comment on any objective          x     x                                     x
//   "Mes engagements"                                                             x (2)
//
//   (1) only objectives piloted by the signataire's institution (Actor::institution_id);
//       another objective → 403 with a French message.
//   (2) needs the agent's institution.
// The system actor holds the admin role.

#include <cstdint>
#include <vector>

#include "app/policies/actor.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

enum class PactAction {
  kRead,
  kManage,
  kUpdateObjective,
  kComment,
  kReadMyCommitments,
};

// The role part of the rule (for kUpdateObjective: may update SOME objective).
bool IsAllowed(const Actor& actor, PactAction action);
// Ok, or kForbidden with a French message.
Status Authorize(const Actor& actor, PactAction action);

// May the actor enter measurements and edit commitments of an objective piloted by
// `pilot_institution_ids`? Admin and coordinateur: always; a signataire: when its institution
// is one of the pilots. Otherwise kForbidden naming the rule.
Status AuthorizeObjectiveUpdate(const Actor& actor,
                                const std::vector<std::int64_t>& pilot_institution_ids);

}  // namespace pacte::app
