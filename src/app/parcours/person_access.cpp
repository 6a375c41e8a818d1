#include "app/parcours/person_access.hpp"

#include "app/ports/beneficiary_repository.hpp"
#include "app/ports/parcours_state_repository.hpp"
#include "app/ports/prescription_repository.hpp"

namespace pacte::app {

Result<PersonScope> LoadPersonScope(UnitOfWork& uow, const Actor& actor, std::int64_t person_id) {
  if (!uow.Beneficiaries().FindPerson(person_id)) return Fail(PersonNotFound());
  PersonScope scope;
  if (auto state = uow.ParcoursStates().Find(person_id)) {
    scope.territory_id = state->territory_id;
    scope.structure_id = state->structure_id;
    scope.referent_agent_id = state->referent_agent_id;
    scope.referent_structure_id = state->referent_structure_id;
  }
  // Only an operateur's access depends on prescriptions: skip the query for everyone else.
  if (actor.Has(Role::kOperateur) && actor.structure_id) {
    scope.prescribed_to_actor_structure =
        uow.Prescriptions().IsPrescribedTo(person_id, *actor.structure_id);
  }
  return scope;
}

Result<PersonScope> AuthorizePersonAction(UnitOfWork& uow, const Actor& actor,
                                          std::int64_t person_id, PersonAction action) {
  auto scope = LoadPersonScope(uow, actor, person_id);
  if (!scope) return scope;
  if (auto ok = AuthorizePerson(actor, action, *scope); !ok) return Fail(ok.error());
  return scope;
}

Status CheckPersonAction(Store& store, const Actor& actor, std::int64_t person_id,
                         PersonAction action) {
  return Read(store, [&](UnitOfWork& uow) -> Status {
    auto scope = AuthorizePersonAction(uow, actor, person_id, action);
    if (!scope) return Fail(scope.error());
    return {};
  });
}

}  // namespace pacte::app
