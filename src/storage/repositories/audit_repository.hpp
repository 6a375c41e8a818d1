#pragma once

#include "app/ports/audit_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlAuditRepository final : public app::AuditRepository {
 public:
  explicit SqlAuditRepository(SqlConnection& conn) : conn_(conn) {}
  // Stub until the audit feature lands: events are dropped.
  void Append(app::AuditEvent) override {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
