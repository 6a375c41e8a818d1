#pragma once
// Who may see and change the territory, institutions and structures. Deny by default: an
// action not granted below is refused.
//
//   action                 admin coord. charge_or. referent operateur signataire lect._stats
//   read territory           x     x       x          x        x          x          x
//   import territory         x
//   read institutions        x     x       x          x        x          x          x
//   manage institutions      x     x
//   read structures          x     x       x          x        x
//   manage structures        x     x
//
// Signatory institutions and statistics readers see the territory and the list of
// institutions (public facts), not the structures and their contact details. The system
// actor (CLI, jobs, demo generator) holds the admin role.

#include "app/policies/actor.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

enum class OrganisationAction {
  kReadTerritory,
  kImportTerritory,
  kReadInstitutions,
  kManageInstitutions,
  kReadStructures,
  kManageStructures,
};

bool IsAllowed(const Actor& actor, OrganisationAction action);

// Ok, or a kForbidden error with a French message.
Status Authorize(const Actor& actor, OrganisationAction action);

}  // namespace pacte::app
