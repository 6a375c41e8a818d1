#pragma once
// SQL implementation of app::CafIntakeRepository.

#include "app/ports/caf_intake_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlCafIntakeRepository final : public app::CafIntakeRepository {
 public:
  explicit SqlCafIntakeRepository(SqlConnection& conn) : conn_(conn) {}
  void StartParcours(std::int64_t person_id, std::optional<Date> dd_since, Timestamp now) override;

 private:
  SqlConnection& conn_;
};

}  // namespace pacte::storage
