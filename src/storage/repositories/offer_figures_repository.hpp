#pragma once
// SQL implementation of app::OfferFiguresRepository.

#include "app/ports/offer_figures_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlOfferFiguresRepository final : public app::OfferFiguresRepository {
 public:
  explicit SqlOfferFiguresRepository(SqlConnection& conn) : conn_(conn) {}

  std::vector<app::ActionFill> ActionFills(const app::OfferFiguresFilter& filter) override;
  std::vector<app::StatusCount> PrescriptionsByStatus(
      const app::OfferFiguresFilter& filter) override;
  std::vector<app::PrescriptionDates> PrescriptionDatesOf(
      const app::OfferFiguresFilter& filter) override;

 private:
  SqlConnection& conn_;
};

}  // namespace pacte::storage
