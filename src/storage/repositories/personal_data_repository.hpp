#pragma once
// SQL implementation of app::PersonalDataRepository.

#include "app/ports/personal_data_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlPersonalDataRepository final : public app::PersonalDataRepository {
 public:
  explicit SqlPersonalDataRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
