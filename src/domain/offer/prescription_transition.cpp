// CheckTransition: which status may follow which, and what each transition requires.

#include "domain/common/text.hpp"
#include "domain/offer/prescription.hpp"
#include "domain/parcours/field_checks.hpp"

namespace pacte {
namespace {

using S = PrescriptionStatus;

std::string Quoted(S s) { return "« " + std::string(PrescriptionStatusLabel(s)) + " »"; }

Error Impossible(std::string message) {
  return Error::Conflict("prescription.invalid_transition", std::move(message), "status");
}

// Ok when `to` may follow `from`; otherwise the sentence that says why not.
Status CheckOrder(S from, S to) {
  if (IsFinal(from)) {
    return Fail(Impossible("Cette prescription est close (statut " + Quoted(from) +
                           ") : son statut ne peut plus changer."));
  }
  if (from == to) {
    return Fail(Impossible("La prescription a déjà le statut " + Quoted(to) + "."));
  }
  switch (to) {
    case S::kEnAttente:
      return Fail(Impossible("Une prescription ne peut pas revenir au statut " + Quoted(to) +
                             "."));
    case S::kAcceptee:
    case S::kExpiree:
      if (from == S::kEnAttente) return {};
      return Fail(Impossible("Seule une prescription en attente de réponse peut être " +
                             std::string(to == S::kAcceptee ? "acceptée" : "expirée") +
                             " (statut actuel " + Quoted(from) + ")."));
    case S::kRefusee:
      if (from == S::kEnAttente || from == S::kAcceptee) return {};
      return Fail(Impossible("La personne est déjà entrée dans l'action : enregistrez sa "
                             "sortie plutôt qu'un refus."));
    case S::kEntree:
      if (from == S::kAcceptee) return {};
      return Fail(Impossible("L'entrée dans l'action ne peut être enregistrée qu'après "
                             "l'acceptation de la prescription (statut actuel " +
                             Quoted(from) + ")."));
    case S::kSortie:
      if (from == S::kEntree) return {};
      return Fail(Impossible("La sortie ne peut être enregistrée qu'après l'entrée dans "
                             "l'action (statut actuel " + Quoted(from) + ")."));
  }
  return Fail(Impossible("Transition impossible."));
}

void ReadReason(const PrescriptionChange& c, ValidatedChange& out, Validation& errors) {
  const std::string reason = Trim(c.reason);
  if (out.to != S::kRefusee) {
    if (!reason.empty()) errors.Add("reason", "Un motif de refus ne s'indique qu'avec un refus.");
    return;
  }
  if (reason.empty()) {
    errors.Add("reason", "Indiquez le motif du refus.");
    return;
  }
  out.reason = ParseRefusalReason(reason);
  if (!out.reason) {
    errors.Add("reason", "Motif de refus inconnu.");
    return;
  }
  out.reason_detail = OptionalText(c.reason_detail, kPrescriptionMessageMax, "reason_detail",
                                   errors);
  if (*out.reason == RefusalReason::kAutre && !out.reason_detail && errors.Ok()) {
    errors.Add("reason_detail", "Précisez le motif du refus.");
  }
}

void ReadOutcome(const PrescriptionChange& c, ValidatedChange& out, Validation& errors) {
  const std::string outcome = Trim(c.outcome);
  if (out.to != S::kSortie) {
    if (!outcome.empty()) {
      errors.Add("outcome", "Un motif de sortie ne s'indique qu'avec une sortie.");
    }
    return;
  }
  if (outcome.empty()) {
    errors.Add("outcome", "Indiquez le motif de sortie.");
    return;
  }
  out.outcome = ParseExitOutcome(outcome);
  if (!out.outcome) errors.Add("outcome", "Motif de sortie inconnu.");
}

void ReadDate(const PrescriptionChange& c, std::optional<Date> entered_on, Date today,
              ValidatedChange& out, Validation& errors) {
  if (out.to != S::kEntree && out.to != S::kSortie) return;
  auto on = OptionalDate(c.on, "on", errors);
  if (!errors.Ok()) return;
  out.on = on.value_or(today);
  if (*out.on > today) {
    errors.Add("on", "La date ne peut pas être dans le futur.");
  } else if (out.to == S::kSortie && entered_on && *out.on < *entered_on) {
    errors.Add("on", "La sortie ne peut pas précéder l'entrée (le " +
                         FormatFrenchDate(*entered_on) + ").");
  }
}

}  // namespace

Result<ValidatedChange> CheckTransition(PrescriptionStatus from, const PrescriptionChange& change,
                                        std::optional<Date> entered_on, Date today) {
  const std::string status = Trim(change.status);
  auto to = ParsePrescriptionStatus(status);
  if (!to) {
    return Fail(Error::Invalid("prescription.status_unknown",
                               status.empty() ? "Indiquez le nouveau statut."
                                              : "Statut de prescription inconnu.",
                               "status"));
  }
  if (auto ok = CheckOrder(from, *to); !ok) return Fail(ok.error());
  ValidatedChange out;
  out.to = *to;
  Validation errors;
  ReadReason(change, out, errors);
  ReadOutcome(change, out, errors);
  ReadDate(change, entered_on, today, out, errors);
  if (!errors.Ok()) return Fail(errors.ToError("prescription.invalid_change"));
  return out;
}

}  // namespace pacte
