#include "app/orientation/orientation_overview.hpp"

#include "app/audit/record_audit.hpp"
#include "app/parcours/person_access.hpp"
#include "app/ports/beneficiary_repository.hpp"
#include "app/ports/parcours_state_repository.hpp"

namespace pacte::app {

Result<OrientationOverview> GetOrientationOverview(Store& store, const Clock& clock,
                                                   const Actor& actor, std::int64_t person_id) {
  return Write(store, [&](UnitOfWork& uow) -> Result<OrientationOverview> {
    auto scope = AuthorizePersonAction(uow, actor, person_id, PersonAction::kView);
    if (!scope) return Fail(scope.error());
    OrientationOverview out;
    out.person_id = person_id;
    if (auto person = uow.Beneficiaries().FindPerson(person_id)) {
      out.first_name = person->person.first_name;
      out.last_name = person->person.last_name;
    }
    out.history = uow.Orientations().History(person_id);
    if (!out.history.empty()) {
      auto state = uow.ParcoursStates().Find(person_id);
      out.next_is_reorientation =
          !(state && state->dd_since && *state->dd_since > out.history[0].orientation.decided_on);
    }
    out.referent = uow.Referents().Active(person_id);
    out.referent_history = uow.Referents().History(person_id);
    out.pending_request = uow.Orientations().PendingRequest(person_id);
    out.requests = uow.Orientations().Requests(person_id);
    out.can_orient = IsAllowed(actor, PersonAction::kOrient, *scope);
    out.can_request_reorientation =
        IsAllowed(actor, PersonAction::kRequestReorientation, *scope);
    out.can_assign_referent = IsAllowed(actor, PersonAction::kAssignReferent, *scope);
    RecordAudit(uow, clock, actor, "orientation.read", "person", std::to_string(person_id));
    return out;
  });
}

}  // namespace pacte::app
