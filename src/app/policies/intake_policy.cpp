#include "app/policies/intake_policy.hpp"

#include <vector>

namespace pacte::app {
namespace {

const std::vector<Role>& Granted(IntakeAction action) {
  static const std::vector<Role> managers{Role::kAdmin, Role::kCoordinateur};
  static const std::vector<Role> orientation{Role::kAdmin, Role::kCoordinateur,
                                             Role::kChargeOrientation};
  static const std::vector<Role> listers{Role::kAdmin, Role::kCoordinateur,
                                         Role::kChargeOrientation, Role::kReferent};
  static const std::vector<Role> none;
  switch (action) {
    case IntakeAction::kImportCaf:
      return managers;
    case IntakeAction::kImportSpreadsheet:
    case IntakeAction::kManageMappings:
    case IntakeAction::kFollowImport:
      return orientation;
    case IntakeAction::kExportPersonList:
      return listers;
  }
  return none;
}

Error Refusal(IntakeAction action) {
  switch (action) {
    case IntakeAction::kImportCaf:
      return Error::Forbidden(
          "Seuls les coordinateurs du pacte et les administrateurs importent les flux de la "
          "CAF et de la MSA.");
    case IntakeAction::kImportSpreadsheet:
    case IntakeAction::kManageMappings:
      return Error::Forbidden(
          "Seuls les chargés d'orientation, les coordinateurs du pacte et les administrateurs "
          "importent des fichiers de bénéficiaires.");
    case IntakeAction::kFollowImport:
      return Error::Forbidden("Vous ne pouvez pas suivre cet import.");
    case IntakeAction::kExportPersonList:
      return Error::Forbidden(
          "L'export des listes de bénéficiaires est réservé aux agents qui les accompagnent.");
  }
  return Error::Forbidden("Action non autorisée.");
}

}  // namespace

bool IsAllowed(const Actor& actor, IntakeAction action) {
  for (Role r : Granted(action)) {
    if (actor.Has(r)) return true;
  }
  return false;
}

Status Authorize(const Actor& actor, IntakeAction action) {
  if (IsAllowed(actor, action)) return {};
  return Fail(Refusal(action));
}

bool MayFollowImport(const Actor& actor, std::optional<std::int64_t> created_by) {
  if (actor.Has(Role::kAdmin) || actor.Has(Role::kCoordinateur)) return true;
  return actor.Has(Role::kChargeOrientation) && created_by && *created_by == actor.agent_id &&
         actor.agent_id != 0;
}

}  // namespace pacte::app
