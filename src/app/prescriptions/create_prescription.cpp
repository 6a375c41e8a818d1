#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/parcours/person_access.hpp"
#include "app/policies/offer_policy.hpp"
#include "app/prescriptions/prescription_access.hpp"
#include "app/prescriptions/prescriptions.hpp"

namespace pacte::app {
namespace {

// The person policy's kEdit refusal, worded for a prescription.
Status AuthorizePrescribedPerson(UnitOfWork& uow, const Actor& actor, std::int64_t person_id) {
  auto scope = AuthorizePersonAction(uow, actor, person_id, PersonAction::kEdit);
  if (scope) return {};
  if (scope.error().kind != ErrorKind::kForbidden) return Fail(scope.error());
  return Fail(Error::Forbidden(
      "Seul le référent de la personne (ou sa structure tant qu'aucun référent n'est désigné) "
      "peut lui prescrire une action."));
}

struct Target {
  PrescriptionActionInfo action;
  std::optional<PrescribedSession> session;
};

Result<Target> LoadTarget(UnitOfWork& uow, const PrescriptionRequest& in) {
  Validation errors;
  Target t;
  if (!in.action_id) {
    errors.Add("action_id", "Choisissez l'action à prescrire.");
  } else if (auto a = uow.Prescriptions().FindAction(*in.action_id)) {
    t.action = *a;
  } else {
    errors.Add("action_id", "Cette action n'existe pas.");
  }
  if (in.session_id) {
    t.session = uow.Prescriptions().FindSession(*in.session_id);
    if (!t.session) errors.Add("session_id", "Cette session n'existe pas.");
  }
  if (!errors.Ok()) return Fail(errors.ToError("prescription.invalid"));
  return t;
}

}  // namespace

Result<PrescriptionRecord> CreatePrescription(Store& store, const Clock& clock,
                                              const Actor& actor, const PrescriptionRequest& in) {
  if (auto ok = Authorize(actor, OfferAction::kPrescribe); !ok) return Fail(ok.error());
  return Write(store, [&](UnitOfWork& uow) -> Result<PrescriptionRecord> {
    if (auto ok = AuthorizePrescribedPerson(uow, actor, in.person_id); !ok) {
      return Fail(ok.error());
    }
    Validation errors;
    PrescriptionFields fields = ValidatePrescriptionDraft(in.draft, errors);
    auto target = LoadTarget(uow, in);
    if (!target) return Fail(target.error());
    if (!errors.Ok()) return Fail(errors.ToError("prescription.invalid"));
    auto& repo = uow.Prescriptions();
    const Timestamp now = clock.Now();
    // Lock like an acceptance, so that "full" is not decided on a count about to change.
    repo.LockPlaces(target->action.action.id, in.session_id);
    const std::int64_t taken = repo.CountTaken(target->action.action.id, in.session_id);
    if (auto ok = CheckPrescribable(target->action.action, target->session, taken, DateOf(now));
        !ok) {
      return Fail(ok.error());
    }
    NewPrescription p{in.person_id, target->action.action.id, in.session_id,
                      target->action.structure_id, std::nullopt, actor.structure_id, fields,
                      now};
    if (!actor.IsSystem()) p.prescriber_agent_id = actor.agent_id;
    const std::int64_t id = repo.Insert(p);
    repo.AddEvent({id, "en_attente", now, p.prescriber_agent_id, std::nullopt, std::nullopt, ""});
    nlohmann::json details{{"person_id", in.person_id}, {"action_id", p.action_id}};
    if (in.session_id) details["session_id"] = *in.session_id;
    RecordAudit(uow, clock, actor, "prescription.create", "prescription", std::to_string(id),
                details);
    return *repo.Find(id);
  });
}

}  // namespace pacte::app
