#include "app/orientation/orientation_support.hpp"

#include "app/parcours/parcours_state.hpp"
#include "app/ports/parcours_state_repository.hpp"
#include "app/ports/referent_repository.hpp"
#include "app/ports/structure_repository.hpp"

namespace pacte::app {
namespace {

// Whether the current orientation belongs to the person's current D&D period: a period that
// started after it (a new right after an exit) makes the next orientation a first one.
bool InCurrentPeriod(const OrientationRecord& current, const std::optional<ParcoursState>& state) {
  return !(state && state->dd_since && *state->dd_since > current.orientation.decided_on);
}

Status CheckChain(const std::optional<OrientationRecord>& current,
                  const std::optional<ParcoursState>& state, bool as_reorientation) {
  if (state && state->exited_on) {
    return Fail(Error::Conflict("orientation.exited",
                                "Cette personne est sortie du parcours le " +
                                    FormatFrenchDate(*state->exited_on) +
                                    " : une nouvelle orientation suppose l'ouverture d'un "
                                    "nouveau droit."));
  }
  return CheckNewOrientation(as_reorientation, current && InCurrentPeriod(*current, state));
}

// Closes the active référent when it belongs to another structure than the new one.
Result<std::optional<std::int64_t>> CloseOtherStructureReferent(UnitOfWork& uow,
                                                                std::int64_t person_id,
                                                                std::int64_t structure_id,
                                                                Date decided_on, Timestamp now) {
  auto active = uow.Referents().Active(person_id);
  if (!active || active->structure_id == structure_id) return std::optional<std::int64_t>();
  const Date end = std::max(active->valid_from, decided_on);
  if (auto closed =
          uow.Referents().Close(active->id, active->version, end, kEndReasonReorientation, now);
      !closed) {
    return Fail(closed.error());
  }
  return std::optional<std::int64_t>(active->id);
}

}  // namespace

void CheckReferentBody(UnitOfWork& uow, std::int64_t structure_id, const std::string& field,
                       Validation& errors) {
  if (structure_id <= 0) return;  // the domain check already reported it
  auto s = uow.Structures().Find(structure_id);
  if (!s || !s->fields.is_referent_body) {
    errors.Add(field,
               "Structure inconnue ou qui n'est pas un organisme référent : choisissez-en une "
               "dans la liste.");
  }
}

Result<RecordedOrientation> RecordOrientation(UnitOfWork& uow, Timestamp now, const Actor& actor,
                                              std::int64_t person_id, const OrientationDraft& draft,
                                              bool as_reorientation) {
  auto current = uow.Orientations().Current(person_id);
  auto state = uow.ParcoursStates().Find(person_id);
  if (auto ok = CheckChain(current, state, as_reorientation); !ok) return Fail(ok.error());

  OrientationDraft d = draft;
  if (d.decided_by.empty()) d.decided_by = DecisionMakerCode(OrientationDecisionMaker::kPcd);
  OrientationContext context{DateOf(now), std::nullopt};
  if (current) context.current_decided_on = current->orientation.decided_on;
  Validation errors;
  auto fields = ValidateOrientation(d, context, errors);
  CheckReferentBody(uow, fields.structure_id, "structure_id", errors);
  if (!errors.Ok()) return Fail(errors.ToError("orientation.invalid"));

  RecordedOrientation out;
  NewOrientation row{person_id, fields, std::nullopt, as_reorientation, std::nullopt};
  if (current) row.previous_orientation_id = current->orientation.id;
  if (!actor.IsSystem()) row.recorded_by = actor.agent_id;
  auto id = uow.Orientations().Insert(row, now);
  if (!id) return Fail(id.error());
  out.id = *id;
  out.previous_id = row.previous_orientation_id;
  out.is_reorientation = as_reorientation;

  auto closed =
      CloseOtherStructureReferent(uow, person_id, fields.structure_id, fields.decided_on, now);
  if (!closed) return Fail(closed.error());
  out.closed_assignment_id = *closed;
  RefreshParcoursState(uow, person_id, now);
  return out;
}

}  // namespace pacte::app
