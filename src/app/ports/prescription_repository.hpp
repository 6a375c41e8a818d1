#pragma once
// Port: prescriptions of catalogue actions and their events (tables prescriptions,
// prescription_events), place accounting under a lock on the session or action.
// Places taken are never stored: they are the prescriptions acceptee or entree.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/paging.hpp"
#include "domain/common/time.hpp"
#include "domain/offer/prescription.hpp"

namespace pacte::app {

// The action a prescription targets, with what the pages show about it.
struct PrescriptionActionInfo {
  PrescribedAction action;
  std::int64_t structure_id = 0;
  std::string name;
  std::string structure_name;
};

// A prescription row with the names the pages need.
struct PrescriptionRecord {
  std::int64_t id = 0;
  std::int64_t person_id = 0;
  std::int64_t action_id = 0;
  std::optional<std::int64_t> session_id;
  std::int64_t structure_id = 0;  // the action's operator
  std::optional<std::int64_t> prescriber_agent_id;
  std::optional<std::int64_t> prescriber_structure_id;
  std::string message;
  std::optional<double> weekly_hours;
  std::optional<int> weeks;
  PrescriptionStatus status = PrescriptionStatus::kEnAttente;
  std::optional<RefusalReason> reason;
  std::optional<std::string> reason_detail;
  std::optional<ExitOutcome> outcome;
  Timestamp prescribed_at{};
  std::optional<Timestamp> answered_at;
  std::optional<Date> entered_on;
  std::optional<Date> exited_on;
  std::optional<Timestamp> reminded_at;
  std::int64_t version = 1;
  // Joined for display.
  std::string person_first_name;
  std::string person_last_name;
  std::string action_name;
  std::string structure_name;
  std::optional<std::string> session_label;  // "Session du 01/12/2026 au 26/02/2027"
  std::optional<Date> session_starts_on;
  std::string prescriber_name;  // "" when unknown
};

struct NewPrescription {
  std::int64_t person_id = 0;
  std::int64_t action_id = 0;
  std::optional<std::int64_t> session_id;
  std::int64_t structure_id = 0;
  std::optional<std::int64_t> prescriber_agent_id;
  std::optional<std::int64_t> prescriber_structure_id;
  PrescriptionFields fields;
  Timestamp at{};
};

struct PrescriptionEvent {
  std::int64_t id = 0;
  std::string status;  // a PrescriptionStatus code or "relance"
  Timestamp at{};
  std::optional<std::int64_t> agent_id;
  std::string agent_name;  // "" for the system
  std::optional<std::string> reason;
  std::optional<std::string> outcome;
  std::string comment;
};

struct NewPrescriptionEvent {
  std::int64_t prescription_id = 0;
  std::string status;
  Timestamp at{};
  std::optional<std::int64_t> agent_id;
  std::optional<std::string> reason;
  std::optional<std::string> outcome;
  std::string comment;
};

// Criteria of a list; every criterion given must hold.
struct PrescriptionFilter {
  std::optional<std::int64_t> structure_id;         // the operator (inbox)
  std::optional<std::int64_t> prescriber_agent_id;  // sent by
  std::optional<std::int64_t> person_id;
  std::optional<PrescriptionStatus> status;
};

// A person taking part in (or accepted into) an operator's action: only what the operator
// needs (name, contact, référent), never NIR, diagnostic, notes or contracts.
struct Participant {
  std::int64_t prescription_id = 0;
  std::int64_t person_id = 0;
  std::string first_name;
  std::string last_name;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::string referent_name;  // "" when none
  std::optional<std::string> referent_email;
  std::string action_name;
  std::optional<std::string> session_label;
  PrescriptionStatus status = PrescriptionStatus::kAcceptee;
  std::optional<Date> entered_on;
};

// A session of an action with its label and the places held in it.
struct SessionPlaces {
  PrescribedSession session;
  std::string label;
  std::int64_t taken = 0;
};

// What an operator may know of a prescribed person besides the name.
struct PersonContact {
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::string referent_name;  // "" when none
  std::optional<std::string> referent_email;
};

class PrescriptionRepository {
 public:
  virtual ~PrescriptionRepository() = default;
  virtual std::optional<PrescriptionActionInfo> FindAction(std::int64_t action_id) = 0;
  virtual std::optional<PrescribedSession> FindSession(std::int64_t session_id) = 0;
  // The action's sessions by start date.
  virtual std::vector<SessionPlaces> SessionsOf(std::int64_t action_id) = 0;
  // Takes the write lock of the session (or of the action when there is none) for the rest
  // of the transaction: every writer that counts places of it waits here first.
  virtual void LockPlaces(std::int64_t action_id, std::optional<std::int64_t> session_id) = 0;
  // Places held (acceptee or entree) in the session, or without session in the action.
  virtual std::int64_t CountTaken(std::int64_t action_id,
                                  std::optional<std::int64_t> session_id) = 0;
  // Inserts the prescription with status en_attente; returns its id.
  virtual std::int64_t Insert(const NewPrescription& p) = 0;
  virtual std::optional<PrescriptionRecord> Find(std::int64_t id) = 0;
  // Writes status, reason, reason_detail, outcome, answered_at, entered_on, exited_on of
  // `p` when its stored version is `p.version`, bumping it; false when stale.
  virtual bool UpdateStatus(const PrescriptionRecord& p, Timestamp now) = 0;
  virtual void AddEvent(const NewPrescriptionEvent& e) = 0;
  // Oldest first.
  virtual std::vector<PrescriptionEvent> EventsOf(std::int64_t prescription_id) = 0;
  // Newest first.
  virtual PageOf<PrescriptionRecord> List(const PrescriptionFilter& filter,
                                          const PageRequest& page) = 0;
  virtual std::int64_t Count(const PrescriptionFilter& filter) = 0;
  // Participants (acceptee, entree) of the structure's actions (every structure when
  // nullopt), by name.
  virtual PageOf<Participant> Participants(std::optional<std::int64_t> structure_id,
                                           const PageRequest& page) = 0;
  // Whether the person has a prescription (any status) to an action of the structure.
  virtual bool IsPrescribedTo(std::int64_t person_id, std::int64_t structure_id) = 0;
  // Ids of pending prescriptions sent at or before `sent_before` (oldest first); with
  // `not_reminded`, only those never reminded.
  virtual std::vector<std::int64_t> PendingSentBefore(Timestamp sent_before,
                                                      bool not_reminded) = 0;
  virtual void MarkReminded(std::int64_t id, Timestamp at) = 0;
  // The person's e-mail and phone and their current référent.
  virtual PersonContact ContactOf(std::int64_t person_id) = 0;
};

}  // namespace pacte::app
