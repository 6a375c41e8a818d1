#pragma once
// Prescriptions of catalogue actions (issue 4): a référent prescribes an action (optionally a
// session) to a person of their caseload; the action's operator answers (accept, refuse),
// records the entry and the exit; a daily job reminds and expires unanswered ones.
// Every transition is a prescription_events row and an audit event in the same transaction.
//
// Who may read a prescription: whoever sees the person's file (person policy kView), and the
// operator of the action (offer policy kAnswerPrescription on its structure). Anyone else
// gets kNotFound `prescription.not_found`.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/config/settings.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/paging.hpp"
#include "app/ports/prescription_repository.hpp"
#include "app/ports/store.hpp"
#include "domain/offer/prescription.hpp"

namespace pacte::app {

struct PrescriptionRequest {
  std::int64_t person_id = 0;
  std::optional<std::int64_t> action_id;  // required
  std::optional<std::int64_t> session_id;
  PrescriptionDraft draft;
};

// Creates a prescription en_attente (event en_attente; audit prescription.create with the
// action and session ids). Checks in order: the actor may prescribe (offer policy, 403), sees
// the person (404) and has them in their caseload (person policy kEdit, 403 with a
// prescription message); the fields (kInvalid: action_id missing or unknown, session_id
// unknown, message, weekly_hours, weeks); then CheckPrescribable (draft or archived action,
// session of another action, cancelled, past or full session, full action).
Result<PrescriptionRecord> CreatePrescription(Store& store, const Clock& clock,
                                              const Actor& actor, const PrescriptionRequest& in);

// Applies a change of status asked by a person (not the job): accept, refuse (reason),
// entry, exit (outcome). `version`, when given, must be the stored one (kStale otherwise).
// Errors: kNotFound when the actor may not read it; kForbidden unless the actor answers for
// the action's structure (offer policy kAnswerPrescription); CheckTransition's errors;
// kInvalid `prescription.expiry_automatic` (field status) for expiree; on acceptance,
// Conflict `prescription.full` when the session (or the action's capacity) has no place
// left — counted after taking the session's (or action's) lock, so that simultaneous
// acceptances never overbook. Audit: prescription.status {status, reason?, outcome?}.
Result<PrescriptionRecord> ChangePrescriptionStatus(Store& store, const Clock& clock,
                                                    const Actor& actor, std::int64_t id,
                                                    std::optional<std::int64_t> version,
                                                    const PrescriptionChange& change);

// The checks of ChangePrescriptionStatus before any body is read (API): kNotFound or
// kForbidden; no audit.
Status CheckAnswerPrescription(Store& store, const Actor& actor, std::int64_t id);

struct PrescriptionDetail {
  PrescriptionRecord prescription;
  std::vector<PrescriptionEvent> events;
  PersonContact contact;    // name, contact, référent: what the operator may know
  bool can_answer = false;  // the actor answers for the action's structure
  bool can_open_file = false;  // the actor sees the person's file
};

// Errors: kNotFound `prescription.not_found`. Audit: prescription.read.
Result<PrescriptionDetail> GetPrescription(Store& store, const Clock& clock, const Actor& actor,
                                           std::int64_t id);

// Which list: received by the actor's structure (operator's inbox), sent by the actor, or
// every prescription (admin only).
enum class PrescriptionBox { kRecues, kEnvoyees, kToutes };

struct PrescriptionListQuery {
  std::optional<PrescriptionBox> box;  // default: the actor's natural one (DefaultBox)
  std::optional<PrescriptionStatus> status;
  std::optional<std::int64_t> person_id;  // a person's prescriptions (API beneficiary_id)
};

struct PrescriptionList {
  PrescriptionBox box = PrescriptionBox::kEnvoyees;
  PageOf<PrescriptionRecord> page;
  // With person_id only:
  std::string person_name;      // "Mme Awa MARTIN"
  PersonContact contact;        // name, contact and référent (the limited view)
  bool sees_file = false;       // the actor sees the person's file (else: limited view)
  bool can_prescribe = false;   // the actor may prescribe to the person
};

// The actor's natural box: kToutes for admin, kRecues for an operateur, else kEnvoyees.
PrescriptionBox DefaultBox(const Actor& actor);
// Whether the actor may open /offre/prescriptions at all (prescribes or answers).
bool MayListPrescriptions(const Actor& actor);

// With person_id: that person's prescriptions (person policy kView; an operateur with the
// limited view gets those of its structure only). Otherwise the box: kRecues needs
// kAnswerPrescription (admin: every structure), kEnvoyees kPrescribe, kToutes admin.
// Errors: kForbidden with a French message; kNotFound for an invisible person. Audit:
// prescription.list {box | person_id}.
Result<PrescriptionList> ListPrescriptions(Store& store, const Clock& clock, const Actor& actor,
                                           const PrescriptionListQuery& query,
                                           const PageRequest& page);

// The number of prescriptions en_attente in the actor's inbox (0 when it has none).
std::int64_t CountPendingAnswers(Store& store, const Actor& actor);

// The participants of the operator's actions (admin: of every action). kForbidden for an
// actor who answers no prescription. Audit: prescription.participants.
Result<PageOf<Participant>> ListParticipants(Store& store, const Clock& clock, const Actor& actor,
                                             const PageRequest& page);

// What the prescription form shows: the person, the action and its open sessions.
struct PrescriptionFormContext {
  std::int64_t person_id = 0;
  std::string person_name;  // "Awa MARTIN"
  std::optional<PrescriptionActionInfo> action;
  struct SessionChoice {
    std::int64_t id = 0;
    std::string label;
    std::int64_t free_places = 0;
  };
  std::vector<SessionChoice> sessions;  // not cancelled, not ended, with their free places
};

// Same checks as CreatePrescription up to the person (403/404); an unknown or absent action
// leaves `action` empty. Audit: person.read {"view": "prescription_form"}.
Result<PrescriptionFormContext> GetPrescriptionForm(Store& store, const Clock& clock,
                                                    const Actor& actor, std::int64_t person_id,
                                                    std::optional<std::int64_t> action_id);

// The daily job: expires pending prescriptions without answer for
// settings.prescription_expiry_days (event expiree, audit prescription.expire), then
// records a reminder (event relance, reminded_at, audit prescription.remind) for those
// pending for settings.prescription_reminder_days. One transaction per prescription.
struct PrescriptionDeadlineReport {
  int expired = 0;
  int reminded = 0;
};
PrescriptionDeadlineReport RunPrescriptionDeadlines(Store& store, const Clock& clock,
                                                    const Settings& settings);

Error PrescriptionNotFound();

// For a contract action linked to a prescription (contract_actions.prescription_id): Ok when
// the prescription exists and concerns `person_id`; otherwise kInvalid on `field` ("Cette
// prescription n'existe pas." / "Cette prescription concerne une autre personne."). Call it
// inside the contract's transaction.
Status CheckPrescriptionOfPerson(UnitOfWork& uow, std::int64_t person_id,
                                 std::int64_t prescription_id, const std::string& field);

}  // namespace pacte::app
