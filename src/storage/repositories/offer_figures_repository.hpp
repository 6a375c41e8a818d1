#pragma once
// SQL implementation of app::OfferFiguresRepository.

#include "app/ports/offer_figures_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlOfferFiguresRepository final : public app::OfferFiguresRepository {
 public:
  explicit SqlOfferFiguresRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
