#pragma once
// SQL implementation of app::AppointmentRepository.

#include "app/ports/appointment_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlAppointmentRepository final : public app::AppointmentRepository {
 public:
  explicit SqlAppointmentRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
