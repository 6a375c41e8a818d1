#pragma once
// SQL implementation of app::OfferPopulationRepository.

#include "app/ports/offer_population_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlOfferPopulationRepository final : public app::OfferPopulationRepository {
 public:
  explicit SqlOfferPopulationRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
