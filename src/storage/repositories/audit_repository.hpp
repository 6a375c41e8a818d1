#pragma once

#include "app/ports/audit_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlAuditRepository final : public app::AuditRepository {
 public:
  explicit SqlAuditRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
