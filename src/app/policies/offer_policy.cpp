#include "app/policies/offer_policy.hpp"

#include <vector>

namespace pacte::app {
namespace {

// Roles granted an action on every structure.
const std::vector<Role>& Everywhere(OfferAction action) {
  static const std::vector<Role> partners{Role::kAdmin, Role::kCoordinateur,
                                          Role::kChargeOrientation, Role::kReferent,
                                          Role::kOperateur};
  static const std::vector<Role> managers{Role::kAdmin, Role::kCoordinateur};
  static const std::vector<Role> prescribers{Role::kAdmin, Role::kChargeOrientation,
                                             Role::kReferent};
  static const std::vector<Role> admin{Role::kAdmin};
  static const std::vector<Role> none;
  switch (action) {
    case OfferAction::kReadCatalogue:
    case OfferAction::kExportCatalogue:
      return partners;
    case OfferAction::kManageAction:
    case OfferAction::kManageProgrammes:
    case OfferAction::kImportCatalogue:
    case OfferAction::kReadOfferFigures:
      return managers;
    case OfferAction::kPrescribe:
      return prescribers;
    case OfferAction::kAnswerPrescription:
      return admin;
  }
  return none;
}

// Whether the operateur role is granted the action on its own structure.
bool OperatorOwns(OfferAction action) {
  return action == OfferAction::kManageAction || action == OfferAction::kAnswerPrescription ||
         action == OfferAction::kReadOfferFigures;
}

bool GrantedEverywhere(const Actor& actor, OfferAction action) {
  for (Role r : Everywhere(action)) {
    if (actor.Has(r)) return true;
  }
  return false;
}

bool GrantedOwn(const Actor& actor, OfferAction action) {
  return OperatorOwns(action) && actor.Has(Role::kOperateur) && actor.structure_id.has_value();
}

Error Refusal(OfferAction action) {
  switch (action) {
    case OfferAction::kReadCatalogue:
    case OfferAction::kExportCatalogue:
      return Error::Forbidden(
          "Le catalogue des actions est réservé aux partenaires qui accompagnent les "
          "personnes ; les institutions signataires en voient les chiffres agrégés.");
    case OfferAction::kManageAction:
      return Error::Forbidden(
          "Seuls l'opérateur de l'action, les coordinateurs du pacte et les administrateurs "
          "peuvent la modifier.");
    case OfferAction::kManageProgrammes:
      return Error::Forbidden(
          "Seuls les coordinateurs du pacte et les administrateurs tiennent le programme "
          "départemental d'insertion.");
    case OfferAction::kImportCatalogue:
      return Error::Forbidden(
          "Seuls les coordinateurs du pacte et les administrateurs importent des données "
          "data·inclusion.");
    case OfferAction::kPrescribe:
      return Error::Forbidden(
          "Seuls les référents, les chargés d'orientation et les administrateurs prescrivent "
          "des actions.");
    case OfferAction::kAnswerPrescription:
      return Error::Forbidden(
          "Seul l'opérateur de l'action répond à une prescription.");
    case OfferAction::kReadOfferFigures:
      return Error::Forbidden(
          "Les chiffres de l'offre sont réservés aux coordinateurs du pacte, aux "
          "administrateurs et aux opérateurs pour leurs propres actions.");
  }
  return Error::Forbidden("Accès refusé.");
}

}  // namespace

bool IsAllowed(const Actor& actor, OfferAction action) {
  return GrantedEverywhere(actor, action) || GrantedOwn(actor, action);
}

bool IsAllowedOn(const Actor& actor, OfferAction action, std::int64_t operator_structure_id) {
  if (GrantedEverywhere(actor, action)) return true;
  return GrantedOwn(actor, action) && *actor.structure_id == operator_structure_id;
}

Status Authorize(const Actor& actor, OfferAction action) {
  if (IsAllowed(actor, action)) return {};
  return Fail(Refusal(action));
}

Status AuthorizeOn(const Actor& actor, OfferAction action, std::int64_t operator_structure_id) {
  if (IsAllowedOn(actor, action, operator_structure_id)) return {};
  return Fail(Refusal(action));
}

std::optional<std::int64_t> OwnStructureRestriction(const Actor& actor, OfferAction action) {
  if (GrantedEverywhere(actor, action)) return std::nullopt;
  return actor.structure_id;
}

}  // namespace pacte::app
