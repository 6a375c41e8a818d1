#include "app/beneficiaries/beneficiary_timeline.hpp"

#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/parcours/person_access.hpp"
#include "app/ports/beneficiary_repository.hpp"
#include "domain/beneficiary/rights_codes.hpp"
#include "domain/offer/prescription.hpp"
#include "domain/parcours/appointment.hpp"
#include "domain/parcours/contract.hpp"
#include "domain/parcours/parcours.hpp"
#include "domain/parcours/parcours_exit.hpp"
#include "domain/parcours/reorientation_request.hpp"

namespace pacte::app {
namespace {

// The label of a code through its parse/label pair, or the code itself when unknown.
template <class Parse, class Label>
std::string LabelOf(const std::optional<std::string>& code, Parse parse, Label label) {
  if (!code) return "";
  auto parsed = parse(*code);
  return parsed ? std::string(label(*parsed)) : *code;
}

std::string ParcoursText(const std::optional<std::string>& code) {
  return LabelOf(code, ParseParcours, ParcoursLabel);
}

std::string ContractText(const TimelineEvent& e) {
  return LabelOf(e.code, ParseContractType, ContractTypeLabel);
}

std::string NoteVisibility(const std::optional<std::string>& code) {
  if (code == "referent") return "référent seulement";
  if (code == "structure") return "structure";
  return "professionnels qui suivent la personne";
}

std::string PrescriptionEventText(const TimelineEvent& e) {
  if (e.code == "relance") return "Prescription : relance de l'opérateur";
  std::string text = "Prescription : " + LabelOf(e.code, ParsePrescriptionStatus,
                                                 PrescriptionStatusLabel);
  if (e.code == "refusee" && e.extra) {
    text += " (" + LabelOf(e.extra, ParseRefusalReason, RefusalReasonLabel) + ")";
  } else if (e.code == "sortie" && e.extra) {
    text += " (" + LabelOf(e.extra, ParseExitOutcome, ExitOutcomeLabel) + ")";
  }
  return text;
}

}  // namespace

TimelineEntry DescribeEvent(const TimelineEvent& e) {
  TimelineEntry out{e, "", "fiche"};
  const std::string& k = e.kind;
  if (k == "droits") {
    out.label = "Droit RSA : " + std::string(EtatDosRsaLabel(e.code.value_or("")));
    if (e.extra == "1") out.label += " (soumis aux droits et devoirs)";
  } else if (k == "orientation") {
    out.label = std::string(e.extra == "reorientation" ? "Réorientation" : "Orientation") +
                " : parcours " + ParcoursText(e.code);
    out.tab = "orientation";
  } else if (k == "reorientation_demandee") {
    out.label = "Demande de réorientation vers le parcours " + ParcoursText(e.code);
    out.tab = "orientation";
  } else if (k == "reorientation_decidee") {
    out.label = e.code == "acceptee" ? "Demande de réorientation acceptée"
                                     : "Demande de réorientation refusée";
    out.tab = "orientation";
  } else if (k == "referent_designe") {
    out.label = "Référent désigné";
    out.tab = "orientation";
  } else if (k == "referent_fin") {
    out.label = "Fin de désignation du référent";
    out.tab = "orientation";
  } else if (k == "diagnostic") {
    out.label = "Diagnostic socio-professionnel";
    out.tab = "diagnostic";
  } else if (k == "contrat_cree") {
    out.label = "Contrat créé : " + ContractText(e);
    out.tab = "contrats";
  } else if (k == "contrat_signe") {
    out.label = "Contrat signé : " + ContractText(e);
    out.tab = "contrats";
  } else if (k == "contrat_clos") {
    out.label = "Contrat " + LabelOf(e.extra, ParseContractStatus, ContractStatusLabel) + " : " +
                ContractText(e);
    out.tab = "contrats";
  } else if (k == "rendez_vous") {
    out.label = "Rendez-vous (" +
                LabelOf(e.code, ParseAppointmentStatus, AppointmentStatusLabel) + ")";
    out.tab = "rendez-vous";
  } else if (k == "note") {
    out.label = "Note ajoutée (visibilité : " + NoteVisibility(e.code) + ")";
    out.tab = "notes";
  } else if (k == "sortie") {
    out.label = "Sortie du parcours : " + LabelOf(e.code, ParseExitReason, ExitReasonLabel);
  } else if (k == "revue_parcours") {
    out.label = e.code == "equipe_pluridisciplinaire" ? "Équipe pluridisciplinaire"
                                                       : "Revue conjointe du parcours";
    out.tab = "orientation";
  } else if (k == "prescription") {
    out.label = PrescriptionEventText(e);
    out.tab = "prescriptions";
  } else {
    out.label = k;
  }
  return out;
}

Result<PageOf<TimelineEntry>> GetTimeline(Store& store, const Clock& clock, const Actor& actor,
                                          std::int64_t person_id, const PageRequest& page,
                                          Person* person) {
  return Write(store, [&](UnitOfWork& uow) -> Result<PageOf<TimelineEntry>> {
    auto scope = AuthorizePersonAction(uow, actor, person_id, PersonAction::kView);
    if (!scope) return Fail(scope.error());
    if (person) {
      if (auto stored = uow.Beneficiaries().FindPerson(person_id)) *person = stored->person;
    }
    auto events = uow.Timelines().EventsOf(person_id, page.Clamped());
    PageOf<TimelineEntry> out;
    out.total = events.total;
    out.number = events.number;
    out.size = events.size;
    for (const auto& e : events.items) out.items.push_back(DescribeEvent(e));
    RecordAudit(uow, clock, actor, "person.read", "person", std::to_string(person_id),
                {{"view", "journal"}});
    return out;
  });
}

}  // namespace pacte::app
