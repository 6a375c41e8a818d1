#include "app/policies/person_policy.hpp"

namespace pacte::app {
namespace {

bool InTerritory(const Actor& actor, const PersonScope& scope) {
  return !actor.territory_id || (scope.territory_id && *scope.territory_id == *actor.territory_id);
}

bool OfActorStructure(const Actor& actor, const PersonScope& scope) {
  if (!actor.structure_id) return false;
  return (scope.structure_id && *scope.structure_id == *actor.structure_id) ||
         (scope.referent_structure_id && *scope.referent_structure_id == *actor.structure_id);
}

bool InCaseload(const Actor& actor, const PersonScope& scope) {
  if (scope.referent_agent_id) return *scope.referent_agent_id == actor.agent_id;
  return actor.structure_id && scope.structure_id && *scope.structure_id == *actor.structure_id;
}

// One role's grant; the actor is allowed when any of its roles is.
bool Granted(Role role, const Actor& actor, PersonAction action, const PersonScope& scope) {
  const bool territory = InTerritory(actor, scope);
  const bool structure = OfActorStructure(actor, scope);
  switch (role) {
    case Role::kAdmin:
      return true;
    case Role::kCoordinateur:
      switch (action) {
        case PersonAction::kView:
        case PersonAction::kAssignReferent:
          return territory;
        case PersonAction::kList:
        case PersonAction::kTransferCaseload:
          return true;
        default:
          return false;
      }
    case Role::kChargeOrientation:
      switch (action) {
        case PersonAction::kList:
        case PersonAction::kCreate:
        case PersonAction::kTransferCaseload:
          return true;
        default:
          return territory;
      }
    case Role::kReferent:
      switch (action) {
        case PersonAction::kList:
        case PersonAction::kCreate:
          return true;
        case PersonAction::kView:
        case PersonAction::kAssignReferent:
        case PersonAction::kViewHealth:
        case PersonAction::kViewNir:
          return structure;
        case PersonAction::kEdit:
        case PersonAction::kRequestReorientation:
        case PersonAction::kExport:
          return InCaseload(actor, scope);
        default:
          return false;
      }
    case Role::kOperateur:
      switch (action) {
        case PersonAction::kList:
          return true;
        case PersonAction::kViewLimited:
          return scope.prescribed_to_actor_structure;
        default:
          return false;
      }
    case Role::kSignataire:
    case Role::kLecteurStats:
      return false;
  }
  return false;
}

}  // namespace

bool IsAllowed(const Actor& actor, PersonAction action, const PersonScope& scope) {
  for (Role r : actor.roles) {
    if (Granted(r, actor, action, scope)) return true;
    // The limited view is part of the full one.
    if (action == PersonAction::kViewLimited && Granted(r, actor, PersonAction::kView, scope)) {
      return true;
    }
  }
  return false;
}

bool CanSee(const Actor& actor, const PersonScope& scope) {
  return IsAllowed(actor, PersonAction::kViewLimited, scope);
}

Error PersonNotFound() {
  return Error::NotFound("person.not_found", "Bénéficiaire introuvable.");
}

Status AuthorizePerson(const Actor& actor, PersonAction action, const PersonScope& scope) {
  if (!CanSee(actor, scope)) return Fail(PersonNotFound());
  if (IsAllowed(actor, action, scope)) return {};
  switch (action) {
    case PersonAction::kView:
      return Fail(Error::Forbidden(
          "Vous ne voyez de cette personne que son nom, ses coordonnées et son référent, "
          "depuis les prescriptions reçues par votre structure."));
    case PersonAction::kEdit:
      return Fail(Error::Forbidden(
          "Seul le référent de la personne (ou sa structure tant qu'aucun référent n'est "
          "désigné) peut modifier son parcours."));
    case PersonAction::kOrient:
      return Fail(Error::Forbidden(
          "Seuls les chargés d'orientation peuvent décider d'une orientation."));
    case PersonAction::kAssignReferent:
      return Fail(Error::Forbidden(
          "Vous ne pouvez pas désigner le référent de cette personne."));
    default:
      return Fail(Error::Forbidden());
  }
}

Status AuthorizePersons(const Actor& actor, PersonAction action) {
  for (Role r : actor.roles) {
    if (Granted(r, actor, action, PersonScope{})) return {};
  }
  if (action == PersonAction::kList) {
    return Fail(Error::Forbidden("Votre rôle ne donne accès à aucune donnée personnelle."));
  }
  return Fail(Error::Forbidden());
}

PersonVisibility VisibilityOf(const Actor& actor) {
  if (actor.Has(Role::kAdmin)) return {};
  if (actor.Has(Role::kChargeOrientation) || actor.Has(Role::kCoordinateur)) {
    PersonVisibility v;
    v.territory_id = actor.territory_id;
    return v;
  }
  if (actor.Has(Role::kReferent)) {
    PersonVisibility v;
    if (!actor.structure_id) v.none = true;
    v.structure_id = actor.structure_id;
    return v;
  }
  if (actor.Has(Role::kOperateur)) {
    PersonVisibility v;
    if (!actor.structure_id) v.none = true;
    v.structure_id = actor.structure_id;
    v.only_prescribed = true;
    return v;
  }
  PersonVisibility v;
  v.none = true;
  return v;
}

}  // namespace pacte::app
