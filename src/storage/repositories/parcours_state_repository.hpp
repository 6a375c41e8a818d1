#pragma once
// SQL implementation of app::ParcoursStateRepository (table person_parcours).

#include "app/ports/parcours_state_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlParcoursStateRepository final : public app::ParcoursStateRepository {
 public:
  explicit SqlParcoursStateRepository(SqlConnection& conn) : conn_(conn) {}

  void Refresh(std::int64_t person_id, std::optional<Date> dd_since, Timestamp now) override;
  std::optional<app::ParcoursState> Find(std::int64_t person_id) override;
  std::vector<std::int64_t> PersonIdsAfter(std::int64_t after_id, int limit) override;

 private:
  SqlConnection& conn_;
};

}  // namespace pacte::storage
