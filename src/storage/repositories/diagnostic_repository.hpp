#pragma once
// SQL implementation of app::DiagnosticRepository.

#include "app/ports/diagnostic_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlDiagnosticRepository final : public app::DiagnosticRepository {
 public:
  explicit SqlDiagnosticRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
