#pragma once
// The audit trail over SQL (tables of migration 0004_audit.sql). Appends lock the one-row
// audit_chain_head (SELECT … FOR UPDATE on PostgreSQL; SQLite write transactions are already
// serialised by BEGIN IMMEDIATE), take id = last_id + 1 and move the head in the same
// transaction, so the chain never forks and ids follow chain order.

#include "app/ports/audit_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlAuditRepository final : public app::AuditRepository {
 public:
  explicit SqlAuditRepository(SqlConnection& conn) : conn_(conn) {}

  void Append(app::AuditEvent event) override;
  audit::ChainHead Head() override;
  audit::ChainAnchor PurgeAnchor() override;
  std::vector<app::AuditEvent> ChainSlice(std::int64_t after_id, std::int64_t up_to_id,
                                          int limit) override;
  std::int64_t MaxId() override;
  app::PageOf<app::AuditEvent> Search(const app::AuditSearch& search,
                                      const app::PageRequest& page) override;
  std::int64_t PurgeableUpTo(Timestamp cutoff) override;
  std::int64_t CountUpTo(std::int64_t up_to_id) override;
  app::AuditPurge PurgeOlderThan(Timestamp cutoff, Timestamp now,
                                 std::int64_t max_count) override;

 private:
  // Reads the head, locking it until the end of the transaction (once per transaction: the
  // repository lives as long as its unit of work). Throws SqlError when the head row is
  // missing (schema not migrated or tampered with).
  audit::ChainHead LockHead();
  // Hash of the greatest stored id <= up_to_id, or fallback when there is none.
  std::string HashAtOrBefore(std::int64_t up_to_id, const std::string& fallback);

  SqlConnection& conn_;
  std::optional<audit::ChainHead> locked_head_;  // set once this transaction holds the lock
};

}  // namespace pacte::storage
