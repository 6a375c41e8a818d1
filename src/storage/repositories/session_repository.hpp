#pragma once

#include "app/ports/session_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlSessionRepository final : public app::SessionRepository {
 public:
  explicit SqlSessionRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
