#pragma once
// A prescription: a référent sends a person to a catalogue action (optionally one of its
// sessions); the action's operator answers (codes.md §5).
//
//   en_attente ──accept──▶ acceptee ──entry──▶ entree ──exit(outcome)──▶ sortie
//        │                    │
//        ├──refuse(reason)──▶ refusee ◀──refuse(reason)── (acceptee: the person does not come)
//        └──no answer after N days (job)──▶ expiree
// refusee, expiree and sortie are final. A prescription holds a place of its session (or of
// the action's capacity when it names no session) while it is acceptee or entree.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte {

enum class PrescriptionStatus { kEnAttente, kAcceptee, kRefusee, kExpiree, kEntree, kSortie };

// Reasons of a refusal: plus_de_place, public_non_eligible, personne_injoignable,
// refus_personne, autre.
enum class RefusalReason {
  kPlusDePlace,
  kPublicNonEligible,
  kPersonneInjoignable,
  kRefusPersonne,
  kAutre
};

// Outcomes of an exit: terminee, abandon, exclusion, emploi, formation.
enum class ExitOutcome { kTerminee, kAbandon, kExclusion, kEmploi, kFormation };

std::string_view PrescriptionStatusCode(PrescriptionStatus s);
std::string_view PrescriptionStatusLabel(PrescriptionStatus s);  // "En attente de réponse"…
std::optional<PrescriptionStatus> ParsePrescriptionStatus(std::string_view code);
const std::vector<PrescriptionStatus>& AllPrescriptionStatuses();

std::string_view RefusalReasonCode(RefusalReason r);
std::string_view RefusalReasonLabel(RefusalReason r);  // "Plus de place"…
std::optional<RefusalReason> ParseRefusalReason(std::string_view code);
const std::vector<RefusalReason>& AllRefusalReasons();

std::string_view ExitOutcomeCode(ExitOutcome o);
std::string_view ExitOutcomeLabel(ExitOutcome o);  // "Sortie vers l'emploi"…
std::optional<ExitOutcome> ParseExitOutcome(std::string_view code);
const std::vector<ExitOutcome>& AllExitOutcomes();

// Whether a prescription in this status holds a place (acceptee, entree).
bool HoldsPlace(PrescriptionStatus s);
// Whether no transition leaves this status (refusee, expiree, sortie).
bool IsFinal(PrescriptionStatus s);

// What the prescriber writes. Texts as typed (forms) or converted (API).
struct PrescriptionDraft {
  std::string message;
  std::string weekly_hours;  // "" or a decimal ("12", "7,5")
  std::string weeks;         // "" or an integer
};

struct PrescriptionFields {
  std::string message;
  std::optional<double> weekly_hours;
  std::optional<int> weeks;
};

inline constexpr std::size_t kPrescriptionMessageMax = 2000;
inline constexpr double kMaxWeeklyHours = 40;
inline constexpr int kMaxWeeks = 104;

// Fields at fault: message (over 2000 characters), weekly_hours (not a number in ]0, 40]),
// weeks (not an integer in [1, 104]). Result meaningful only when errors.Ok().
PrescriptionFields ValidatePrescriptionDraft(const PrescriptionDraft& draft, Validation& errors);

// What is prescribed, as the rules need it.
struct PrescribedAction {
  std::int64_t id = 0;
  std::string status;  // brouillon | publiee | archivee
  std::optional<int> capacity;
};

struct PrescribedSession {
  std::int64_t id = 0;
  std::int64_t action_id = 0;
  Date starts_on;
  Date ends_on;
  int places = 0;
  bool cancelled = false;
};

// Whether a new prescription may target `action` (and `session`) on `today`, `taken` being
// the places already held in the session (or, without session, in the action's capacity).
// Errors (kInvalid, on the field named): action_id `prescription.action_draft` (not
// published) or `prescription.action_archived`; session_id `prescription.session_other_action`,
// `prescription.session_cancelled`, `prescription.session_past` (ended before today) or
// `prescription.session_full`; action_id `prescription.action_full` (capacity reached).
Status CheckPrescribable(const PrescribedAction& action,
                         const std::optional<PrescribedSession>& session, std::int64_t taken,
                         Date today);

// Whether one more place can be taken: Conflict `prescription.full` with the number of
// places when `taken` >= `places`. `session` says which word the message uses.
Status CheckPlaceLeft(int places, std::int64_t taken, bool session);

// A requested change of status, as typed (codes).
struct PrescriptionChange {
  std::string status;
  std::string reason;         // refusee
  std::string reason_detail;  // required with reason autre
  std::string outcome;        // sortie
  std::string on;             // entree / sortie date, "" = today
};

struct ValidatedChange {
  PrescriptionStatus to = PrescriptionStatus::kEnAttente;
  std::optional<RefusalReason> reason;
  std::optional<std::string> reason_detail;
  std::optional<ExitOutcome> outcome;
  std::optional<Date> on;  // entered_on / exited_on
};

// Checks a change from `from`. `entered_on` is the entry date (for an exit), `today` the
// current date. Errors:
//   Invalid `prescription.status_unknown` (field status) for an unknown or missing status;
//   Conflict `prescription.invalid_transition` with a French sentence saying why the
//     transition is impossible (final status, entry before acceptance, exit before entry…);
//   Invalid (fields reason, reason_detail, outcome, on) for a refusal without reason, "autre"
//     without detail, an exit without outcome, a reason or outcome on another status, a date
//     unreadable, in the future, or an exit before the entry.
// Expiry is the job's: it is accepted here (from en_attente); use cases forbid it to people.
Result<ValidatedChange> CheckTransition(PrescriptionStatus from, const PrescriptionChange& change,
                                        std::optional<Date> entered_on, Date today);

// Whether a pending prescription sent at `prescribed_at` has expired at `now` (at least
// `expiry_days` days without answer).
bool IsExpiryDue(Timestamp prescribed_at, Timestamp now, int expiry_days);
// Whether its operator must be reminded at `now`: at least `reminder_days` days without
// answer and not reminded yet.
bool IsReminderDue(Timestamp prescribed_at, std::optional<Timestamp> reminded_at, Timestamp now,
                   int reminder_days);

}  // namespace pacte
