#pragma once
// SQL implementation of app::DataInclusionRepository.

#include "app/ports/data_inclusion_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlDataInclusionRepository final : public app::DataInclusionRepository {
 public:
  explicit SqlDataInclusionRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
