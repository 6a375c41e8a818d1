#pragma once
// SQL implementation of app::NeedsRepository.

#include "app/ports/needs_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlNeedsRepository final : public app::NeedsRepository {
 public:
  explicit SqlNeedsRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
