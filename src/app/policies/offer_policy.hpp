#pragma once
// Who may see and change the insertion offer (catalogue, programmes, data·inclusion exchange,
// prescriptions, figures). Deny by default: an action not granted below is refused.
//
//   action                    admin coord. charge_or. referent operateur signataire lect._stats
//   read the catalogue          x     x       x          x        x
//   manage an action (1)        x     x                           own
//   manage the PDI programmes   x     x
//   import data·inclusion       x     x
//   export data·inclusion       x     x       x          x        x
//   prescribe (2)               x             x          x
//   answer a prescription (3)   x                                 own
//   read the offer figures      x     x                           own
//
//   own: actions run by the actor's structure (its prescriptions, its figures).
//   (1) create, edit, publish, archive an action and its sessions.
//   (2) to a person the actor may edit (person policy, PersonAction::kEdit): the référent's
//       own caseload, the chargé d'orientation's territory.
//   (3) accept, refuse, record the entry and the exit.
// The catalogue holds the operators' contact details, like the directory of structures:
// signatory institutions and statistics readers see the offer as aggregates only (issue 6).
// The system actor (CLI, jobs, demo generator) holds the admin role.

#include <cstdint>
#include <optional>

#include "app/policies/actor.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

enum class OfferAction {
  kReadCatalogue,
  kManageAction,
  kManageProgrammes,
  kImportCatalogue,
  kExportCatalogue,
  kPrescribe,
  kAnswerPrescription,
  kReadOfferFigures,
};

// Whether a role of the actor is granted `action` at all (for "own" actions: on some
// structure). Use it for menus and pre-body checks.
bool IsAllowed(const Actor& actor, OfferAction action);

// Whether the actor may do `action` on what `operator_structure_id` runs: admin and
// coordinateur on every structure (where the matrix grants them), operateur on its own.
bool IsAllowedOn(const Actor& actor, OfferAction action, std::int64_t operator_structure_id);

// Ok, or a kForbidden error with a French message.
Status Authorize(const Actor& actor, OfferAction action);
Status AuthorizeOn(const Actor& actor, OfferAction action, std::int64_t operator_structure_id);

// The structure an operateur-only actor is restricted to (figures, inbox, "mes actions");
// nullopt when the actor sees every structure (admin, coordinateur).
std::optional<std::int64_t> OwnStructureRestriction(const Actor& actor, OfferAction action);

}  // namespace pacte::app
