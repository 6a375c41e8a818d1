#pragma once

#include "app/ports/structure_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlStructureRepository final : public app::StructureRepository {
 public:
  explicit SqlStructureRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
