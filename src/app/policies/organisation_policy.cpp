#include "app/policies/organisation_policy.hpp"

#include <vector>

namespace pacte::app {
namespace {

const std::vector<Role>& GrantedRoles(OrganisationAction action) {
  static const std::vector<Role> everyone = AllRoles();
  static const std::vector<Role> admin{Role::kAdmin};
  static const std::vector<Role> managers{Role::kAdmin, Role::kCoordinateur};
  static const std::vector<Role> partners{Role::kAdmin, Role::kCoordinateur,
                                          Role::kChargeOrientation, Role::kReferent,
                                          Role::kOperateur};
  static const std::vector<Role> none;
  switch (action) {
    case OrganisationAction::kReadTerritory:
      return everyone;
    case OrganisationAction::kImportTerritory:
      return admin;
    case OrganisationAction::kReadInstitutions:
      return everyone;
    case OrganisationAction::kManageInstitutions:
      return managers;
    case OrganisationAction::kReadStructures:
      return partners;
    case OrganisationAction::kManageStructures:
      return managers;
  }
  return none;
}

}  // namespace

bool IsAllowed(const Actor& actor, OrganisationAction action) {
  for (Role r : GrantedRoles(action)) {
    if (actor.Has(r)) return true;
  }
  return false;
}

Status Authorize(const Actor& actor, OrganisationAction action) {
  if (IsAllowed(actor, action)) return {};
  switch (action) {
    case OrganisationAction::kManageInstitutions:
    case OrganisationAction::kManageStructures:
      return Fail(Error::Forbidden(
          "Seuls les administrateurs et les coordinateurs du pacte peuvent modifier les "
          "institutions et les structures."));
    case OrganisationAction::kImportTerritory:
      return Fail(Error::Forbidden("Seuls les administrateurs peuvent importer le territoire."));
    default:
      return Fail(Error::Forbidden());
  }
}

}  // namespace pacte::app
