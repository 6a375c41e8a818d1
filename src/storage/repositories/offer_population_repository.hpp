#pragma once
// SQL implementation of app::OfferPopulationRepository: explicit ids, multi-row inserts.

#include "app/ports/offer_population_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlOfferPopulationRepository final : public app::OfferPopulationRepository {
 public:
  explicit SqlOfferPopulationRepository(SqlConnection& conn) : conn_(conn) {}

  std::vector<std::int64_t> Load(const app::OfferBatch& batch, Timestamp now) override;

 private:
  SqlConnection& conn_;
};

}  // namespace pacte::storage
