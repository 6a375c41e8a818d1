#pragma once
// Port: appointments and the appointment motives list.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/common/error.hpp"
#include "domain/common/time.hpp"
#include "domain/parcours/appointment.hpp"

namespace pacte::app {

struct AppointmentMotive {
  std::int64_t id = 0;
  std::string code;
  std::string label;
  bool active = true;
  int position = 0;
  std::int64_t version = 1;
};

// What an appointment row holds (written as a whole).
struct AppointmentRecord {
  std::int64_t person_id = 0;
  std::optional<std::int64_t> agent_id;      // who receives the person
  std::optional<std::int64_t> structure_id;  // the agent's structure when planned
  Timestamp starts_at{};
  int duration_minutes = 30;
  AppointmentMode mode = AppointmentMode::kSurPlace;
  std::optional<std::string> place;
  std::string motive_code;
  AppointmentStatus status = AppointmentStatus::kAVenir;
  std::optional<std::string> comment;
  std::optional<std::int64_t> recorded_by;  // last agent who wrote the row
};

struct StoredAppointment {
  std::int64_t id = 0;
  AppointmentRecord record;
  std::string motive_label;  // the motive's label, or its code when unknown
  std::string agent_name;    // "Prénom NOM", "" when no agent
  std::string structure_name;
  std::int64_t version = 1;
  Timestamp created_at{};
  Timestamp updated_at{};
};

class AppointmentRepository {
 public:
  virtual ~AppointmentRepository() = default;

  // Every motive, ordered by position then label.
  virtual std::vector<AppointmentMotive> Motives() = 0;
  virtual std::optional<AppointmentMotive> FindMotive(const std::string& code) = 0;
  virtual std::optional<AppointmentMotive> FindMotiveById(std::int64_t id) = 0;
  // Inserts an active motive at the end of the list; kConflict `motive.duplicate` on field
  // code when the code exists.
  virtual Result<std::int64_t> InsertMotive(const std::string& code, const std::string& label,
                                            Timestamp now) = 0;
  // kNotFound, kStale.
  virtual Status UpdateMotive(std::int64_t id, std::int64_t expected_version,
                              const std::string& label, bool active, Timestamp now) = 0;

  virtual std::int64_t Insert(const AppointmentRecord& r, Timestamp now) = 0;
  virtual std::optional<StoredAppointment> Find(std::int64_t id) = 0;
  // Overwrites the row at expected_version, bumping it; kNotFound, kStale.
  virtual Status Update(std::int64_t id, std::int64_t expected_version,
                        const AppointmentRecord& r, Timestamp now) = 0;
  // The person's appointments, latest first.
  virtual std::vector<StoredAppointment> ListForPerson(std::int64_t person_id) = 0;
  // The agent's appointments still a_venir (upcoming and "à préciser"), earliest first,
  // at most `limit`.
  virtual std::vector<StoredAppointment> PendingForAgent(std::int64_t agent_id, int limit) = 0;
  // Sets every a_venir appointment of the person starting at or after `from` to annule
  // (with comment and recorded_by); returns their ids.
  virtual std::vector<std::int64_t> CancelUpcoming(std::int64_t person_id, Timestamp from,
                                                   const std::string& comment,
                                                   std::optional<std::int64_t> recorded_by,
                                                   Timestamp now) = 0;
  // The département's name for letters ("Hauts-de-Seine"); "" when none imported.
  virtual std::string DepartementName() = 0;
};

}  // namespace pacte::app
