#pragma once
// SQL implementation of app::ActionSearchRepository.

#include "app/ports/action_search_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlActionSearchRepository final : public app::ActionSearchRepository {
 public:
  explicit SqlActionSearchRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
