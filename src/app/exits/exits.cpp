#include "app/exits/exits.hpp"

#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/parcours/parcours_state.hpp"
#include "app/parcours/person_access.hpp"
#include "app/ports/appointment_repository.hpp"
#include "domain/parcours/field_checks.hpp"

namespace pacte::app {
namespace {

constexpr std::size_t kCommentMax = 2000;
constexpr const char* kCancelComment = "Annulé : sortie du dispositif.";

}  // namespace

Result<ExitOutcome> RecordExit(Store& store, const Clock& clock, const Actor& actor,
                               std::int64_t person_id, const ExitRequest& request) {
  return Write(store, [&](UnitOfWork& uow) -> Result<ExitOutcome> {
    auto scope = AuthorizePersonAction(uow, actor, person_id, PersonAction::kEdit);
    if (!scope) return Fail(scope.error());
    const Timestamp now = clock.Now();
    PersonHeader person = LoadPersonHeader(uow, person_id);
    Validation errors;
    ExitFields fields = ValidateExit(request.draft, DateOf(now), errors);
    auto comment = OptionalText(request.comment, kCommentMax, "comment", errors);
    if (errors.Ok() && person.dd_since && fields.exited_on < *person.dd_since) {
      errors.Add("exited_on", "La date de sortie ne peut pas précéder l'entrée dans les droits "
                              "et devoirs (" + FormatFrenchDate(*person.dd_since) + ").");
    }
    if (!errors.Ok()) return Fail(errors.ToError("exit.invalid"));
    if (person.exited_on) {
      return Fail(Error::Conflict("exit.already_exited",
                                  "La personne est déjà sortie du dispositif (le " +
                                      FormatFrenchDate(*person.exited_on) +
                                      ") : un nouveau droit rouvrira son parcours.",
                                  "exited_on"));
    }
    ExitRecord record{person_id, fields.exited_on, fields.reason, comment, std::nullopt};
    if (!actor.IsSystem()) record.recorded_by = actor.agent_id;
    ExitOutcome out;
    out.exit.id = uow.Exits().InsertExit(record, now);
    out.exit.record = record;
    out.exit.created_at = now;
    out.cancelled_appointments =
        uow.Appointments().CancelUpcoming(person_id, now, kCancelComment, record.recorded_by, now);
    RefreshParcoursState(uow, person_id, now);
    RecordAudit(uow, clock, actor, "exit.create", "exit", std::to_string(out.exit.id),
                {{"person_id", person_id},
                 {"reason", ExitReasonCode(fields.reason)},
                 {"cancelled_appointments", out.cancelled_appointments}});
    return out;
  });
}

Result<StoredReview> RecordReview(Store& store, const Clock& clock, const Actor& actor,
                                  std::int64_t person_id, const ReviewDraft& draft) {
  return Write(store, [&](UnitOfWork& uow) -> Result<StoredReview> {
    auto scope = AuthorizePersonAction(uow, actor, person_id, PersonAction::kEdit);
    if (!scope) return Fail(scope.error());
    Validation errors;
    ReviewFields fields = ValidateReview(draft, DateOf(clock.Now()), errors);
    if (!errors.Ok()) return Fail(errors.ToError("review.invalid"));
    StoredReview out;
    out.record = ReviewRecord{person_id, fields, std::nullopt};
    if (!actor.IsSystem()) out.record.recorded_by = actor.agent_id;
    out.id = uow.Exits().InsertReview(out.record, clock.Now());
    out.created_at = clock.Now();
    RefreshParcoursState(uow, person_id, clock.Now());
    RecordAudit(uow, clock, actor, "review.create", "parcours_review", std::to_string(out.id),
                {{"person_id", person_id}, {"kind", ReviewKindCode(fields.kind)}});
    return out;
  });
}

Result<ExitContext> GetExitContext(Store& store, const Clock& clock, const Actor& actor,
                                   std::int64_t person_id) {
  return Write(store, [&](UnitOfWork& uow) -> Result<ExitContext> {
    auto scope = AuthorizePersonAction(uow, actor, person_id, PersonAction::kView);
    if (!scope) return Fail(scope.error());
    ExitContext out;
    out.person = LoadPersonHeader(uow, person_id);
    out.exits = uow.Exits().ExitsOf(person_id);
    out.reviews = uow.Exits().ReviewsOf(person_id);
    out.can_edit = IsAllowed(actor, PersonAction::kEdit, *scope);
    RecordAudit(uow, clock, actor, "exit.read", "person", std::to_string(person_id));
    return out;
  });
}

}  // namespace pacte::app
