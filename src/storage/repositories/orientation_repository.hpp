#pragma once
// SQL implementation of app::OrientationRepository.

#include "app/ports/orientation_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlOrientationRepository final : public app::OrientationRepository {
 public:
  explicit SqlOrientationRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
