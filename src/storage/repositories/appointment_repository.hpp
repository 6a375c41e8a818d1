#pragma once
// SQL implementation of app::AppointmentRepository.

#include "app/ports/appointment_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlAppointmentRepository final : public app::AppointmentRepository {
 public:
  explicit SqlAppointmentRepository(SqlConnection& conn) : conn_(conn) {}

  std::vector<app::AppointmentMotive> Motives() override;
  std::optional<app::AppointmentMotive> FindMotive(const std::string& code) override;
  std::optional<app::AppointmentMotive> FindMotiveById(std::int64_t id) override;
  Result<std::int64_t> InsertMotive(const std::string& code, const std::string& label,
                                    Timestamp now) override;
  Status UpdateMotive(std::int64_t id, std::int64_t expected_version, const std::string& label,
                      bool active, Timestamp now) override;

  std::int64_t Insert(const app::AppointmentRecord& r, Timestamp now) override;
  std::optional<app::StoredAppointment> Find(std::int64_t id) override;
  Status Update(std::int64_t id, std::int64_t expected_version, const app::AppointmentRecord& r,
                Timestamp now) override;
  std::vector<app::StoredAppointment> ListForPerson(std::int64_t person_id) override;
  std::vector<app::StoredAppointment> PendingForAgent(std::int64_t agent_id, int limit) override;
  std::vector<std::int64_t> CancelUpcoming(std::int64_t person_id, Timestamp from,
                                           const std::string& comment,
                                           std::optional<std::int64_t> recorded_by,
                                           Timestamp now) override;
  std::string DepartementName() override;

 private:
  SqlConnection& conn_;
};

}  // namespace pacte::storage
