#pragma once
// Port: the audit trail. Events are append-only and chained: each stores a SHA-256 over its
// content and the previous event's hash, so any alteration or deletion is detectable
// (domain/audit/audit_hash.hpp, docs/adr/0003-audit-hash-chain.md).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/paging.hpp"
#include "domain/audit/audit_event.hpp"
#include "domain/audit/chain_verifier.hpp"
#include "domain/common/time.hpp"

namespace pacte::app {

using AuditEvent = audit::AuditEvent;

// A validated search over the trail (every criterion optional, all combined with AND).
struct AuditSearch {
  std::optional<std::int64_t> agent_id;
  std::string action_prefix;  // "structure." matches "structure.read", "structure.update"
  std::string object_type;    // exact
  std::string object_id;      // exact
  std::optional<Timestamp> from;    // at >= from
  std::optional<Timestamp> before;  // at < before
};

// What one purge removed.
struct AuditPurge {
  std::int64_t count = 0;     // events deleted
  std::int64_t up_to_id = 0;  // every event with id <= up_to_id is gone (0: nothing purged)
};

class AuditRepository {
 public:
  virtual ~AuditRepository() = default;
  // Appends the event inside the current transaction, chaining it to the last one (the
  // chain head is locked until commit so concurrent writers cannot fork the chain). id,
  // prev_hash and hash are assigned here. Must run in a write transaction (app::Write): on
  // PostgreSQL a read transaction is autocommit and would not hold the lock.
  virtual void Append(AuditEvent event) = 0;

  // The chain head as recorded by the last Append.
  virtual audit::ChainHead Head() = 0;
  // The latest purge anchor (last purged event), or the genesis anchor (0, 64 zeros).
  virtual audit::ChainAnchor PurgeAnchor() = 0;
  // Events with after_id < id <= up_to_id in id order, at most limit of them.
  virtual std::vector<AuditEvent> ChainSlice(std::int64_t after_id, std::int64_t up_to_id,
                                             int limit) = 0;
  // The highest stored event id, 0 when there is none.
  virtual std::int64_t MaxId() = 0;

  // Events matching the search, newest first, one page of them and the total.
  virtual PageOf<AuditEvent> Search(const AuditSearch& search, const PageRequest& page) = 0;

  // The highest id X such that every event with id <= X is older than cutoff (0: none).
  // Purging by id prefix keeps the remaining chain contiguous.
  virtual std::int64_t PurgeableUpTo(Timestamp cutoff) = 0;
  // How many stored events have id <= up_to_id.
  virtual std::int64_t CountUpTo(std::int64_t up_to_id) = 0;
  // Locks the chain head, deletes the events older than cutoff (at most max_count of them,
  // the oldest first) and records the anchor (up_to_id, hash of the last purged event) in
  // audit_purges. Returns {0, 0} when nothing is old enough. Write transaction only.
  virtual AuditPurge PurgeOlderThan(Timestamp cutoff, Timestamp now, std::int64_t max_count) = 0;
};

}  // namespace pacte::app
