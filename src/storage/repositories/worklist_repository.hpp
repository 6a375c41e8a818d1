#pragma once
// SQL implementation of app::WorklistRepository.

#include "app/ports/worklist_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlWorklistRepository final : public app::WorklistRepository {
 public:
  explicit SqlWorklistRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
