#include "domain/offer/prescription.hpp"

#include <array>
#include <cmath>
#include <cstdlib>

#include "domain/common/text.hpp"
#include "domain/parcours/code_list.hpp"
#include "domain/parcours/field_checks.hpp"

namespace pacte {
namespace {

constexpr std::array<CodeLabel<PrescriptionStatus>, 6> kStatuses{{
    {PrescriptionStatus::kEnAttente, "en_attente", "En attente de réponse"},
    {PrescriptionStatus::kAcceptee, "acceptee", "Acceptée"},
    {PrescriptionStatus::kRefusee, "refusee", "Refusée"},
    {PrescriptionStatus::kExpiree, "expiree", "Expirée (sans réponse)"},
    {PrescriptionStatus::kEntree, "entree", "Entrée dans l'action"},
    {PrescriptionStatus::kSortie, "sortie", "Sortie de l'action"},
}};

constexpr std::array<CodeLabel<RefusalReason>, 5> kReasons{{
    {RefusalReason::kPlusDePlace, "plus_de_place", "Plus de place"},
    {RefusalReason::kPublicNonEligible, "public_non_eligible", "Public non éligible"},
    {RefusalReason::kPersonneInjoignable, "personne_injoignable", "Personne injoignable"},
    {RefusalReason::kRefusPersonne, "refus_personne", "Refus de la personne"},
    {RefusalReason::kAutre, "autre", "Autre motif"},
}};

constexpr std::array<CodeLabel<ExitOutcome>, 5> kOutcomes{{
    {ExitOutcome::kTerminee, "terminee", "Action terminée"},
    {ExitOutcome::kAbandon, "abandon", "Abandon"},
    {ExitOutcome::kExclusion, "exclusion", "Exclusion"},
    {ExitOutcome::kEmploi, "emploi", "Sortie vers l'emploi"},
    {ExitOutcome::kFormation, "formation", "Sortie vers la formation"},
}};

std::optional<double> ParseHours(const std::string& text) {
  std::string t = text;
  for (char& c : t) {
    if (c == ',') c = '.';
  }
  char* end = nullptr;
  double v = std::strtod(t.c_str(), &end);
  if (end == t.c_str() || *end != '\0' || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::optional<int> ParseCount(const std::string& text) {
  if (text.empty() || text.size() > 6) return std::nullopt;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  return std::stoi(text);
}

}  // namespace

std::string_view PrescriptionStatusCode(PrescriptionStatus s) { return EntryOf(kStatuses, s).code; }
std::string_view PrescriptionStatusLabel(PrescriptionStatus s) {
  return EntryOf(kStatuses, s).label;
}
std::optional<PrescriptionStatus> ParsePrescriptionStatus(std::string_view code) {
  return ValueOf(kStatuses, code);
}
const std::vector<PrescriptionStatus>& AllPrescriptionStatuses() {
  static const auto all = ValuesOf(kStatuses);
  return all;
}

std::string_view RefusalReasonCode(RefusalReason r) { return EntryOf(kReasons, r).code; }
std::string_view RefusalReasonLabel(RefusalReason r) { return EntryOf(kReasons, r).label; }
std::optional<RefusalReason> ParseRefusalReason(std::string_view code) {
  return ValueOf(kReasons, code);
}
const std::vector<RefusalReason>& AllRefusalReasons() {
  static const auto all = ValuesOf(kReasons);
  return all;
}

std::string_view ExitOutcomeCode(ExitOutcome o) { return EntryOf(kOutcomes, o).code; }
std::string_view ExitOutcomeLabel(ExitOutcome o) { return EntryOf(kOutcomes, o).label; }
std::optional<ExitOutcome> ParseExitOutcome(std::string_view code) {
  return ValueOf(kOutcomes, code);
}
const std::vector<ExitOutcome>& AllExitOutcomes() {
  static const auto all = ValuesOf(kOutcomes);
  return all;
}

bool HoldsPlace(PrescriptionStatus s) {
  return s == PrescriptionStatus::kAcceptee || s == PrescriptionStatus::kEntree;
}

bool IsFinal(PrescriptionStatus s) {
  return s == PrescriptionStatus::kRefusee || s == PrescriptionStatus::kExpiree ||
         s == PrescriptionStatus::kSortie;
}

PrescriptionFields ValidatePrescriptionDraft(const PrescriptionDraft& draft, Validation& errors) {
  PrescriptionFields out;
  if (auto m = OptionalText(draft.message, kPrescriptionMessageMax, "message", errors)) {
    out.message = *m;
  }
  const std::string hours = Trim(draft.weekly_hours);
  if (!hours.empty()) {
    auto h = ParseHours(hours);
    if (!h || *h <= 0 || *h > kMaxWeeklyHours) {
      errors.Add("weekly_hours",
                 "Indiquez un nombre d'heures par semaine supérieur à 0 et d'au plus 40.");
    } else {
      out.weekly_hours = *h;
    }
  }
  const std::string weeks = Trim(draft.weeks);
  if (!weeks.empty()) {
    auto w = ParseCount(weeks);
    if (!w || *w < 1 || *w > kMaxWeeks) {
      errors.Add("weeks", "Indiquez un nombre entier de semaines entre 1 et 104.");
    } else {
      out.weeks = *w;
    }
  }
  return out;
}

Status CheckPrescribable(const PrescribedAction& action,
                         const std::optional<PrescribedSession>& session, std::int64_t taken,
                         Date today) {
  if (action.status == "brouillon") {
    return Fail(Error::Invalid("prescription.action_draft",
                               "Cette action n'est pas encore publiée : elle ne peut pas être "
                               "prescrite.",
                               "action_id"));
  }
  if (action.status != "publiee") {
    return Fail(Error::Invalid("prescription.action_archived",
                               "Cette action est archivée : elle ne peut plus être prescrite.",
                               "action_id"));
  }
  if (!session) {
    if (action.capacity && taken >= *action.capacity) {
      return Fail(Error::Invalid("prescription.action_full",
                                 "Cette action est complète : ses " +
                                     std::to_string(*action.capacity) +
                                     " places sont toutes prises.",
                                 "action_id"));
    }
    return {};
  }
  if (session->action_id != action.id) {
    return Fail(Error::Invalid("prescription.session_other_action",
                               "Cette session n'appartient pas à l'action choisie.",
                               "session_id"));
  }
  if (session->cancelled) {
    return Fail(Error::Invalid("prescription.session_cancelled",
                               "Cette session a été annulée : choisissez une autre session.",
                               "session_id"));
  }
  if (session->ends_on < today) {
    return Fail(Error::Invalid("prescription.session_past",
                               "Cette session est terminée depuis le " +
                                   FormatFrenchDate(session->ends_on) +
                                   " : choisissez une session à venir.",
                               "session_id"));
  }
  if (taken >= session->places) {
    return Fail(Error::Invalid("prescription.session_full",
                               "Cette session est complète : ses " +
                                   std::to_string(session->places) +
                                   " places sont toutes prises.",
                               "session_id"));
  }
  return {};
}

Status CheckPlaceLeft(int places, std::int64_t taken, bool session) {
  if (taken < places) return {};
  return Fail(Error::Conflict(
      "prescription.full", std::string("Plus de place disponible : ") +
                               (session ? "les " + std::to_string(places) +
                                              " places de cette session sont prises."
                                        : "les " + std::to_string(places) +
                                              " places de cette action sont prises.") +
                               " Refusez la prescription avec le motif « Plus de place »."));
}

bool IsExpiryDue(Timestamp prescribed_at, Timestamp now, int expiry_days) {
  return now - prescribed_at >= std::chrono::days(expiry_days);
}

bool IsReminderDue(Timestamp prescribed_at, std::optional<Timestamp> reminded_at, Timestamp now,
                   int reminder_days) {
  return !reminded_at && now - prescribed_at >= std::chrono::days(reminder_days);
}

}  // namespace pacte
