#include <nlohmann/json.hpp>

#include "app/appointments/person_context.hpp"
#include "app/audit/record_audit.hpp"
#include "app/parcours/person_access.hpp"
#include "app/policies/offer_policy.hpp"
#include "app/prescriptions/prescription_access.hpp"
#include "app/prescriptions/prescriptions.hpp"

namespace pacte::app {
namespace {

const char* BoxCode(PrescriptionBox b) {
  switch (b) {
    case PrescriptionBox::kRecues: return "recues";
    case PrescriptionBox::kEnvoyees: return "envoyees";
    case PrescriptionBox::kToutes: return "toutes";
  }
  return "";
}

// The filter of a box for the actor, or the refusal.
Result<PrescriptionFilter> BoxFilter(const Actor& actor, PrescriptionBox box) {
  PrescriptionFilter f;
  switch (box) {
    case PrescriptionBox::kRecues:
      if (auto ok = Authorize(actor, OfferAction::kAnswerPrescription); !ok) {
        return Fail(ok.error());
      }
      f.structure_id = OwnStructureRestriction(actor, OfferAction::kAnswerPrescription);
      return f;
    case PrescriptionBox::kEnvoyees:
      if (auto ok = Authorize(actor, OfferAction::kPrescribe); !ok) return Fail(ok.error());
      f.prescriber_agent_id = actor.agent_id;
      return f;
    case PrescriptionBox::kToutes:
      if (!actor.Has(Role::kAdmin)) {
        return Fail(Error::Forbidden("Seuls les administrateurs voient toutes les prescriptions."));
      }
      return f;
  }
  return f;
}

// A person's prescriptions as the actor may see them: all with the file, those of its
// structure with the limited view. Fills the person part of `out`.
Result<PrescriptionFilter> PersonFilter(UnitOfWork& uow, const Actor& actor,
                                        std::int64_t person_id, PrescriptionList& out) {
  auto scope = AuthorizePersonAction(uow, actor, person_id, PersonAction::kViewLimited);
  if (!scope) return Fail(scope.error());
  PrescriptionFilter f;
  f.person_id = person_id;
  out.sees_file = IsAllowed(actor, PersonAction::kView, *scope);
  if (!out.sees_file) f.structure_id = actor.structure_id;
  out.can_prescribe = IsAllowed(actor, OfferAction::kPrescribe) &&
                      IsAllowed(actor, PersonAction::kEdit, *scope);
  out.person_name = LoadPersonHeader(uow, person_id).display_name;
  out.contact = uow.Prescriptions().ContactOf(person_id);
  return f;
}

}  // namespace

PrescriptionBox DefaultBox(const Actor& actor) {
  if (actor.Has(Role::kAdmin)) return PrescriptionBox::kToutes;
  if (IsAllowed(actor, OfferAction::kAnswerPrescription) &&
      !IsAllowed(actor, OfferAction::kPrescribe)) {
    return PrescriptionBox::kRecues;
  }
  return PrescriptionBox::kEnvoyees;
}

bool MayListPrescriptions(const Actor& actor) {
  return IsAllowed(actor, OfferAction::kPrescribe) ||
         IsAllowed(actor, OfferAction::kAnswerPrescription);
}

Result<PrescriptionDetail> GetPrescription(Store& store, const Clock& clock, const Actor& actor,
                                           std::int64_t id) {
  return Write(store, [&](UnitOfWork& uow) -> Result<PrescriptionDetail> {
    auto loaded = prescriptions::LoadReadable(uow, actor, id);
    if (!loaded) return Fail(loaded.error());
    PrescriptionDetail d;
    d.prescription = loaded->record;
    d.events = uow.Prescriptions().EventsOf(id);
    d.contact = uow.Prescriptions().ContactOf(loaded->record.person_id);
    d.can_answer = loaded->answers;
    d.can_open_file = loaded->sees_file;
    RecordAudit(uow, clock, actor, "prescription.read", "prescription", std::to_string(id),
                {{"person_id", loaded->record.person_id}});
    return d;
  });
}

Result<PrescriptionList> ListPrescriptions(Store& store, const Clock& clock, const Actor& actor,
                                           const PrescriptionListQuery& query,
                                           const PageRequest& page) {
  return Write(store, [&](UnitOfWork& uow) -> Result<PrescriptionList> {
    PrescriptionList out;
    out.box = query.box.value_or(DefaultBox(actor));
    auto filter = query.person_id ? PersonFilter(uow, actor, *query.person_id, out)
                                  : BoxFilter(actor, out.box);
    if (!filter) return Fail(filter.error());
    filter->status = query.status;
    out.page = uow.Prescriptions().List(*filter, page.Clamped());
    nlohmann::json details = nlohmann::json::object();
    if (query.person_id) {
      details["person_id"] = *query.person_id;
    } else {
      details["box"] = BoxCode(out.box);
    }
    RecordAudit(uow, clock, actor, "prescription.list", "prescription", "", details);
    return out;
  });
}

std::int64_t CountPendingAnswers(Store& store, const Actor& actor) {
  if (!IsAllowed(actor, OfferAction::kAnswerPrescription)) return 0;
  return Read(store, [&](UnitOfWork& uow) {
    PrescriptionFilter f;
    f.structure_id = OwnStructureRestriction(actor, OfferAction::kAnswerPrescription);
    f.status = PrescriptionStatus::kEnAttente;
    return uow.Prescriptions().Count(f);
  });
}

Result<PageOf<Participant>> ListParticipants(Store& store, const Clock& clock, const Actor& actor,
                                             const PageRequest& page) {
  if (auto ok = Authorize(actor, OfferAction::kAnswerPrescription); !ok) return Fail(ok.error());
  return Write(store, [&](UnitOfWork& uow) -> Result<PageOf<Participant>> {
    auto restriction = OwnStructureRestriction(actor, OfferAction::kAnswerPrescription);
    auto out = uow.Prescriptions().Participants(restriction, page.Clamped());
    nlohmann::json details = nlohmann::json::object();
    if (restriction) details["structure_id"] = *restriction;
    RecordAudit(uow, clock, actor, "prescription.participants", "structure",
                restriction ? std::to_string(*restriction) : "", details);
    return out;
  });
}

Result<PrescriptionFormContext> GetPrescriptionForm(Store& store, const Clock& clock,
                                                    const Actor& actor, std::int64_t person_id,
                                                    std::optional<std::int64_t> action_id) {
  if (auto ok = Authorize(actor, OfferAction::kPrescribe); !ok) return Fail(ok.error());
  return Write(store, [&](UnitOfWork& uow) -> Result<PrescriptionFormContext> {
    auto scope = AuthorizePersonAction(uow, actor, person_id, PersonAction::kEdit);
    if (!scope) return Fail(scope.error());
    RecordAudit(uow, clock, actor, "person.read", "person", std::to_string(person_id),
                {{"view", "prescription_form"}});
    PrescriptionFormContext out;
    out.person_id = person_id;
    auto header = LoadPersonHeader(uow, person_id);
    out.person_name = header.display_name;
    if (!action_id) return out;
    out.action = uow.Prescriptions().FindAction(*action_id);
    if (!out.action) return out;
    const Date today = DateOf(clock.Now());
    for (const auto& s : uow.Prescriptions().SessionsOf(*action_id)) {
      if (s.session.cancelled || s.session.ends_on < today) continue;
      out.sessions.push_back(
          {s.session.id, s.label, std::max<std::int64_t>(0, s.session.places - s.taken)});
    }
    return out;
  });
}

}  // namespace pacte::app
