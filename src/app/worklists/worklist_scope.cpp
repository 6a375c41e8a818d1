#include "app/worklists/worklist_scope.hpp"

#include "app/policies/person_policy.hpp"

namespace pacte::app {

Status AuthorizeWorklists(const Actor& actor) {
  if (actor.Has(Role::kAdmin) || actor.Has(Role::kCoordinateur) ||
      actor.Has(Role::kChargeOrientation) || actor.Has(Role::kReferent)) {
    return {};
  }
  return Fail(Error::Forbidden(
      "Votre rôle ne donne accès à aucune liste « À traiter » : elles concernent les personnes "
      "suivies."));
}

bool DefaultsToOwnCaseload(const Actor& actor) {
  return actor.Has(Role::kReferent) && !actor.Has(Role::kAdmin) &&
         !actor.Has(Role::kCoordinateur) && !actor.Has(Role::kChargeOrientation);
}

WorklistFilter ResolveWorklistFilter(const Actor& actor, const WorklistQuery& query) {
  WorklistFilter f;
  f.visibility = VisibilityOf(actor);
  f.territory_id = query.territory_id;
  f.structure_id = query.structure_id;
  f.referent_agent_id = query.referent_agent_id;
  const bool mine = query.perimeter == WorklistPerimeter::kMine ||
                    (query.perimeter == WorklistPerimeter::kDefault &&
                     DefaultsToOwnCaseload(actor));
  if (mine) f.referent_agent_id = actor.agent_id;
  return f;
}

}  // namespace pacte::app
