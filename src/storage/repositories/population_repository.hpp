#pragma once
// SQL implementation of app::PopulationRepository: explicit ids, multi-row inserts.

#include "app/ports/population_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlPopulationRepository final : public app::PopulationRepository {
 public:
  explicit SqlPopulationRepository(SqlConnection& conn) : conn_(conn) {}

  std::vector<std::int64_t> Load(const app::PopulationBatch& batch, Timestamp now) override;

 private:
  SqlConnection& conn_;
};

}  // namespace pacte::storage
