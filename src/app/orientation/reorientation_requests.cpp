#include "app/orientation/reorientation_requests.hpp"

#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/orientation/orientation_support.hpp"
#include "app/parcours/person_access.hpp"
#include "domain/common/text.hpp"

namespace pacte::app {
namespace {

Error RequestNotFound() {
  return Error::NotFound("reorientation.not_found", "Demande de réorientation introuvable.");
}

Error PendingConflict() {
  return Error::Conflict("reorientation.pending",
                         "Une demande de réorientation est déjà en attente pour cette personne.");
}

Result<ReorientationStatus> ParseDecision(const std::string& code) {
  auto status = ParseReorientationStatus(code);
  if (!status || *status == ReorientationStatus::kEnAttente) {
    return Fail(Error::Invalid("reorientation.invalid_decision",
                               "Choisissez d'accepter ou de refuser la demande.", "decision"));
  }
  return *status;
}

// Records the orientation an accepted request leads to; returns its id.
Result<std::int64_t> AcceptRequest(UnitOfWork& uow, Timestamp now, const Actor& actor,
                                   const ReorientationRequestRecord& request,
                                   const ReorientationDecisionInput& input) {
  OrientationDraft draft;
  draft.parcours = std::string(ParcoursCode(request.proposed_parcours));
  draft.structure_id = input.structure_id.value_or(request.proposed_structure_id.value_or(0));
  draft.decided_on = input.decided_on.empty() ? FormatIsoDate(DateOf(now)) : input.decided_on;
  draft.decided_by = std::string(DecisionMakerCode(OrientationDecisionMaker::kPcd));
  draft.reason = Trim(input.reason).empty() ? request.motive : std::string(Trim(input.reason));
  auto recorded = RecordOrientation(uow, now, actor, request.person_id, draft, true);
  if (!recorded) return Fail(recorded.error());
  return recorded->id;
}

}  // namespace

bool MayDecideReorientations(const Actor& actor) {
  return actor.Has(Role::kAdmin) || actor.Has(Role::kChargeOrientation);
}

Result<ReorientationRequestRecord> RequestReorientation(Store& store, const Clock& clock,
                                                        const Actor& actor, std::int64_t person_id,
                                                        const ReorientationRequestInput& input) {
  return Write(store, [&](UnitOfWork& uow) -> Result<ReorientationRequestRecord> {
    auto scope =
        AuthorizePersonAction(uow, actor, person_id, PersonAction::kRequestReorientation);
    if (!scope) return Fail(scope.error());
    Validation errors;
    auto fields = ValidateReorientationRequest(input.draft, errors);
    if (input.proposed_structure_id) {
      CheckReferentBody(uow, *input.proposed_structure_id, "proposed_structure_id", errors);
    }
    if (!errors.Ok()) return Fail(errors.ToError("reorientation.invalid"));
    auto current = uow.Orientations().Current(person_id);
    if (!current) {
      return Fail(Error::Invalid("orientation.none",
                                 "Cette personne n'a pas encore d'orientation : il n'y a rien "
                                 "à réorienter."));
    }
    if (uow.Orientations().PendingRequest(person_id)) return Fail(PendingConflict());
    NewReorientationRequest row{person_id, current->orientation.id, std::nullopt,
                                DateOf(clock.Now()), fields, input.proposed_structure_id};
    if (!actor.IsSystem()) row.requested_by = actor.agent_id;
    auto id = uow.Orientations().InsertRequest(row, clock.Now());
    if (!id) return Fail(id.error());
    RecordAudit(uow, clock, actor, "reorientation.request", "reorientation_request",
                std::to_string(*id),
                {{"person_id", person_id},
                 {"orientation_id", current->orientation.id},
                 {"proposed_parcours", ParcoursCode(fields.proposed_parcours)}});
    return *uow.Orientations().FindRequest(*id);
  });
}

Result<ReorientationRequestRecord> DecideReorientationRequest(
    Store& store, const Clock& clock, const Actor& actor, std::int64_t request_id,
    const ReorientationDecisionInput& input) {
  if (!MayDecideReorientations(actor)) {
    return Fail(Error::Forbidden(
        "Seuls les chargés d'orientation peuvent décider d'une réorientation."));
  }
  auto to = ParseDecision(input.decision);
  if (!to) return Fail(to.error());
  return Write(store, [&](UnitOfWork& uow) -> Result<ReorientationRequestRecord> {
    auto request = uow.Orientations().FindRequest(request_id);
    if (!request) return Fail(RequestNotFound());
    auto scope = AuthorizePersonAction(uow, actor, request->person_id, PersonAction::kOrient);
    if (!scope) {
      if (scope.error().kind == ErrorKind::kNotFound) return Fail(RequestNotFound());
      return Fail(scope.error());
    }
    if (input.expected_version && *input.expected_version != request->version) {
      return Fail(Error::Stale());
    }
    auto status = DecideReorientation(request->status, *to, input.reason);
    if (!status) return Fail(status.error());
    const Timestamp now = clock.Now();
    ReorientationDecision d{*status, std::nullopt, DateOf(now), std::nullopt, std::nullopt};
    if (!actor.IsSystem()) d.decided_by = actor.agent_id;
    if (!Trim(input.reason).empty()) d.reason = std::string(Trim(input.reason));
    if (*status == ReorientationStatus::kAcceptee) {
      auto orientation = AcceptRequest(uow, now, actor, *request, input);
      if (!orientation) return Fail(orientation.error());
      d.resulting_orientation_id = *orientation;
    }
    if (auto ok = uow.Orientations().Decide(request_id, request->version, d, now); !ok) {
      return Fail(ok.error());
    }
    RecordAudit(uow, clock, actor, "reorientation.decide", "reorientation_request",
                std::to_string(request_id),
                {{"person_id", request->person_id},
                 {"status", ReorientationStatusCode(*status)},
                 {"orientation_id", d.resulting_orientation_id
                                        ? nlohmann::json(*d.resulting_orientation_id)
                                        : nlohmann::json(nullptr)}});
    return *uow.Orientations().FindRequest(request_id);
  });
}

Result<PageOf<ReorientationRequestRecord>> ListPendingReorientations(Store& store,
                                                                     const Clock& clock,
                                                                     const Actor& actor,
                                                                     const PageRequest& page) {
  if (!MayDecideReorientations(actor)) return Fail(Error::Forbidden());
  return Write(store, [&](UnitOfWork& uow) -> Result<PageOf<ReorientationRequestRecord>> {
    auto out = uow.Orientations().ListPending(VisibilityOf(actor), page.Clamped());
    nlohmann::json ids = nlohmann::json::array();
    for (const auto& r : out.items) ids.push_back(r.person_id);
    RecordAudit(uow, clock, actor, "reorientation.list", "person", "",
                {{"person_ids", ids}});
    return out;
  });
}

}  // namespace pacte::app
