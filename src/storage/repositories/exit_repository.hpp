#pragma once
// SQL implementation of app::ExitRepository.

#include "app/ports/exit_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlExitRepository final : public app::ExitRepository {
 public:
  explicit SqlExitRepository(SqlConnection& conn) : conn_(conn) {}

  std::int64_t InsertExit(const app::ExitRecord& r, Timestamp now) override;
  std::vector<app::StoredExit> ExitsOf(std::int64_t person_id) override;
  std::int64_t InsertReview(const app::ReviewRecord& r, Timestamp now) override;
  std::vector<app::StoredReview> ReviewsOf(std::int64_t person_id) override;

 private:
  SqlConnection& conn_;
};

}  // namespace pacte::storage
