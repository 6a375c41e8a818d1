#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/parcours/person_access.hpp"
#include "app/policies/offer_policy.hpp"
#include "app/prescriptions/prescription_access.hpp"
#include "app/prescriptions/prescriptions.hpp"

namespace pacte::app {

Error PrescriptionNotFound() {
  return Error::NotFound("prescription.not_found", "Prescription introuvable.");
}

Status CheckPrescriptionOfPerson(UnitOfWork& uow, std::int64_t person_id,
                                 std::int64_t prescription_id, const std::string& field) {
  auto p = uow.Prescriptions().Find(prescription_id);
  if (!p) {
    return Fail(Error::Invalid("prescription.link_unknown", "Cette prescription n'existe pas.",
                               field));
  }
  if (p->person_id != person_id) {
    return Fail(Error::Invalid("prescription.link_other_person",
                               "Cette prescription concerne une autre personne.", field));
  }
  return {};
}

namespace prescriptions {

Result<Loaded> LoadReadable(UnitOfWork& uow, const Actor& actor, std::int64_t id) {
  auto found = uow.Prescriptions().Find(id);
  if (!found) return Fail(PrescriptionNotFound());
  Loaded out{*found, IsAllowedOn(actor, OfferAction::kAnswerPrescription, found->structure_id),
             false};
  auto scope = LoadPersonScope(uow, actor, found->person_id);
  out.sees_file = scope && IsAllowed(actor, PersonAction::kView, *scope);
  if (!out.answers && !out.sees_file) return Fail(PrescriptionNotFound());
  return out;
}

}  // namespace prescriptions

namespace {

// Takes the place of an acceptance under the session's (or action's) lock.
Status ReservePlace(UnitOfWork& uow, const PrescriptionRecord& p) {
  auto& repo = uow.Prescriptions();
  repo.LockPlaces(p.action_id, p.session_id);
  const std::int64_t taken = repo.CountTaken(p.action_id, p.session_id);
  if (p.session_id) {
    auto session = repo.FindSession(*p.session_id);
    if (!session) return {};
    if (session->cancelled) {
      return Fail(Error::Conflict("prescription.session_cancelled",
                                  "Cette session a été annulée : la prescription ne peut pas y "
                                  "être acceptée. Refusez-la ou proposez une autre session.",
                                  "status"));
    }
    return CheckPlaceLeft(session->places, taken, true);
  }
  auto action = repo.FindAction(p.action_id);
  if (!action || !action->action.capacity) return {};  // no capacity: no limit
  return CheckPlaceLeft(*action->action.capacity, taken, false);
}

void Apply(PrescriptionRecord& p, const ValidatedChange& c, Timestamp now) {
  if (p.status == PrescriptionStatus::kEnAttente) p.answered_at = now;
  p.status = c.to;
  if (c.to == PrescriptionStatus::kRefusee) {
    p.reason = c.reason;
    p.reason_detail = c.reason_detail;
  }
  if (c.to == PrescriptionStatus::kEntree) p.entered_on = c.on;
  if (c.to == PrescriptionStatus::kSortie) {
    p.exited_on = c.on;
    p.outcome = c.outcome;
  }
}

nlohmann::json AuditDetails(const ValidatedChange& c) {
  nlohmann::json d{{"status", PrescriptionStatusCode(c.to)}};
  if (c.reason) d["reason"] = RefusalReasonCode(*c.reason);
  if (c.outcome) d["outcome"] = ExitOutcomeCode(*c.outcome);
  return d;
}

}  // namespace

Status CheckAnswerPrescription(Store& store, const Actor& actor, std::int64_t id) {
  return Read(store, [&](UnitOfWork& uow) -> Status {
    auto loaded = prescriptions::LoadReadable(uow, actor, id);
    if (!loaded) return Fail(loaded.error());
    return AuthorizeOn(actor, OfferAction::kAnswerPrescription, loaded->record.structure_id);
  });
}

Result<PrescriptionRecord> ChangePrescriptionStatus(Store& store, const Clock& clock,
                                                    const Actor& actor, std::int64_t id,
                                                    std::optional<std::int64_t> version,
                                                    const PrescriptionChange& change) {
  return Write(store, [&](UnitOfWork& uow) -> Result<PrescriptionRecord> {
    auto loaded = prescriptions::LoadReadable(uow, actor, id);
    if (!loaded) return Fail(loaded.error());
    PrescriptionRecord p = loaded->record;
    if (auto ok = AuthorizeOn(actor, OfferAction::kAnswerPrescription, p.structure_id); !ok) {
      return Fail(ok.error());
    }
    if (version && *version != p.version) return Fail(Error::Stale());
    const Timestamp now = clock.Now();
    auto c = CheckTransition(p.status, change, p.entered_on, DateOf(now));
    if (!c) return Fail(c.error());
    if (c->to == PrescriptionStatus::kExpiree) {
      return Fail(Error::Invalid("prescription.expiry_automatic",
                                 "L'expiration est automatique, faute de réponse dans le délai : "
                                 "acceptez ou refusez la prescription.",
                                 "status"));
    }
    if (c->to == PrescriptionStatus::kAcceptee) {
      if (auto ok = ReservePlace(uow, p); !ok) return Fail(ok.error());
    }
    Apply(p, *c, now);
    if (!uow.Prescriptions().UpdateStatus(p, now)) return Fail(Error::Stale());
    std::optional<std::int64_t> agent;
    if (!actor.IsSystem()) agent = actor.agent_id;
    std::optional<std::string> reason, outcome;
    if (c->reason) reason = std::string(RefusalReasonCode(*c->reason));
    if (c->outcome) outcome = std::string(ExitOutcomeCode(*c->outcome));
    uow.Prescriptions().AddEvent({id, std::string(PrescriptionStatusCode(c->to)), now, agent,
                                  reason, outcome, c->reason_detail.value_or("")});
    RecordAudit(uow, clock, actor, "prescription.status", "prescription", std::to_string(id),
                AuditDetails(*c));
    return *uow.Prescriptions().Find(id);
  });
}

}  // namespace pacte::app
