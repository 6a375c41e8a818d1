#include "app/referents/assign_referent.hpp"

#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/parcours/parcours_state.hpp"
#include "app/parcours/person_access.hpp"
#include "app/referents/referent_checks.hpp"

namespace pacte::app {
namespace {

struct CheckedInput {
  Agent agent;
  Date since{};
};

Result<CheckedInput> Check(UnitOfWork& uow, const Actor& actor, const ReferentInput& input,
                           const std::optional<ReferentAssignment>& active, Date today) {
  Validation errors;
  auto agent = CheckReferentAgent(uow, input.agent_id, "agent_id", errors);
  auto since = CheckSinceDate(input.since, today, "since", errors);
  if (since && active && *since < active->valid_from) {
    errors.Add("since", "La date de désignation ne peut pas précéder celle du référent en "
                        "cours (du " + FormatFrenchDate(active->valid_from) + ").");
  }
  if (!errors.Ok()) return Fail(errors.ToError("referent.invalid"));
  if (ActsOnlyAsReferent(actor) && agent->structure_id != actor.structure_id) {
    return Fail(Error::Forbidden("Vous ne pouvez désigner qu'un référent de votre structure."));
  }
  if (active && active->agent_id == agent->id) {
    return Fail(Error::Conflict("referent.already_assigned",
                                "Cet agent est déjà le référent de cette personne.", "agent_id"));
  }
  if (input.expected_version && (!active || *input.expected_version != active->version)) {
    return Fail(Error::Stale());
  }
  return CheckedInput{*agent, *since};
}

}  // namespace

Result<ReferentAssignment> AssignReferent(Store& store, const Clock& clock, const Actor& actor,
                                          std::int64_t person_id, const ReferentInput& input) {
  return Write(store, [&](UnitOfWork& uow) -> Result<ReferentAssignment> {
    auto scope = AuthorizePersonAction(uow, actor, person_id, PersonAction::kAssignReferent);
    if (!scope) return Fail(scope.error());
    const Timestamp now = clock.Now();
    auto active = uow.Referents().Active(person_id);
    auto checked = Check(uow, actor, input, active, DateOf(now));
    if (!checked) return Fail(checked.error());
    if (active) {
      auto closed = uow.Referents().Close(active->id, active->version, checked->since,
                                          kEndReasonChange, now);
      if (!closed) return Fail(closed.error());
    }
    NewAssignment row{person_id, checked->agent.id, checked->agent.structure_id, checked->since,
                      std::nullopt};
    if (!actor.IsSystem()) row.recorded_by = actor.agent_id;
    auto id = uow.Referents().Open(row, now);
    if (!id) return Fail(id.error());
    RefreshParcoursState(uow, person_id, now);
    auto saved = uow.Referents().Active(person_id);
    RecordAudit(uow, clock, actor, "referent.assign", "referent_assignment", std::to_string(*id),
                {{"person_id", person_id},
                 {"agent_id", checked->agent.id},
                 {"structure_id", *checked->agent.structure_id},
                 {"closed_assignment_id",
                  active ? nlohmann::json(active->id) : nlohmann::json(nullptr)}});
    return *saved;
  });
}

}  // namespace pacte::app
