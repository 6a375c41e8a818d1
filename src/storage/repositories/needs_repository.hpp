#pragma once
// SQL implementation of app::NeedsRepository.

#include "app/ports/needs_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlNeedsRepository final : public app::NeedsRepository {
 public:
  explicit SqlNeedsRepository(SqlConnection& conn) : conn_(conn) {}

  std::vector<app::BarrierRating> LatestRatings(Date as_of) override;
  std::vector<app::NeedsPerson> PersonsWithRatings(Date as_of, Timestamp known_at) override;
  std::vector<app::ActionReach> ActionReaches() override;

 private:
  SqlConnection& conn_;
};

}  // namespace pacte::storage
