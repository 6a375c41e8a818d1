#pragma once
// SQL implementation of app::ExitRepository.

#include "app/ports/exit_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlExitRepository final : public app::ExitRepository {
 public:
  explicit SqlExitRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
