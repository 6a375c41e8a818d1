#pragma once
// SQL implementation of app::PrescriptionRepository.

#include "app/ports/prescription_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlPrescriptionRepository final : public app::PrescriptionRepository {
 public:
  explicit SqlPrescriptionRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
