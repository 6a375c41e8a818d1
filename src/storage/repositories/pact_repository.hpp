#pragma once
// SQL implementation of app::PactRepository.

#include "app/ports/pact_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlPactRepository final : public app::PactRepository {
 public:
  explicit SqlPactRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
