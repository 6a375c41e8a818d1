#pragma once

#include "app/ports/territory_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlTerritoryRepository final : public app::TerritoryRepository {
 public:
  explicit SqlTerritoryRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
