#pragma once
// Who may bring beneficiary data in (CAF / MSA flux, spreadsheets) and take lists out.
// Deny by default: an action not granted below is refused.
//
//   action                        admin coord. charge_or. referent operateur signataire lect._stats
//   import a CAF / MSA flux         x     x
//   import a spreadsheet (1)        x     x       x
//   manage column mappings          x     x       x
//   follow an import (2)            x     x      own
//   export a beneficiary list (3)   x     x       x          x
//
//   (1) creating and updating persons from a file: the département's orientation officers,
//       who receive the lists of partners, besides the pact's coordinators.
//   (2) read its progress and report, cancel it: every import for admin and coordinateur,
//       the actor's own imports for the chargé d'orientation.
//   (3) the persons the actor may list (person policy visibility), as the list page shows
//       them; a list export never holds the NIR (data minimisation, whoever the actor is:
//       see app/beneficiaries/export_person_list.hpp).
// The system actor (CLI, jobs) holds the admin role.

#include <cstdint>
#include <optional>

#include "app/policies/actor.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

enum class IntakeAction {
  kImportCaf,
  kImportSpreadsheet,
  kManageMappings,
  kFollowImport,
  kExportPersonList,
};

// Whether a role of the actor is granted `action` at all (menus, pre-body checks).
bool IsAllowed(const Actor& actor, IntakeAction action);

// Ok, or a kForbidden error with a French message.
Status Authorize(const Actor& actor, IntakeAction action);

// Whether the actor may follow (read, cancel) the import created by `created_by`.
bool MayFollowImport(const Actor& actor, std::optional<std::int64_t> created_by);

}  // namespace pacte::app
