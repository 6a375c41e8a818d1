#pragma once
// SQL implementation of app::PrescriptionRepository (tables prescriptions and
// prescription_events; reads actions, action_sessions, persons, agents, structures).

#include "app/ports/prescription_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlPrescriptionRepository final : public app::PrescriptionRepository {
 public:
  explicit SqlPrescriptionRepository(SqlConnection& conn) : conn_(conn) {}

  std::optional<app::PrescriptionActionInfo> FindAction(std::int64_t action_id) override;
  std::optional<PrescribedSession> FindSession(std::int64_t session_id) override;
  std::vector<app::SessionPlaces> SessionsOf(std::int64_t action_id) override;
  void LockPlaces(std::int64_t action_id, std::optional<std::int64_t> session_id) override;
  std::int64_t CountTaken(std::int64_t action_id,
                          std::optional<std::int64_t> session_id) override;
  std::int64_t Insert(const app::NewPrescription& p) override;
  std::optional<app::PrescriptionRecord> Find(std::int64_t id) override;
  bool UpdateStatus(const app::PrescriptionRecord& p, Timestamp now) override;
  void AddEvent(const app::NewPrescriptionEvent& e) override;
  std::vector<app::PrescriptionEvent> EventsOf(std::int64_t prescription_id) override;
  app::PageOf<app::PrescriptionRecord> List(const app::PrescriptionFilter& filter,
                                            const app::PageRequest& page) override;
  std::int64_t Count(const app::PrescriptionFilter& filter) override;
  app::PageOf<app::Participant> Participants(std::optional<std::int64_t> structure_id,
                                             const app::PageRequest& page) override;
  bool IsPrescribedTo(std::int64_t person_id, std::int64_t structure_id) override;
  std::vector<std::int64_t> PendingSentBefore(Timestamp sent_before, bool not_reminded) override;
  void MarkReminded(std::int64_t id, Timestamp at) override;
  app::PersonContact ContactOf(std::int64_t person_id) override;

 private:
  SqlConnection& conn_;
};

}  // namespace pacte::storage
