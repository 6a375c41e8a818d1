#pragma once
// Port: the audit trail. Events are append-only and chained: each stores a SHA-256 over its
// content and the previous event's hash, so any alteration or deletion is detectable.

#include <cstdint>
#include <optional>
#include <string>

#include "domain/common/time.hpp"

namespace pacte::app {

struct AuditEvent {
  std::int64_t id = 0;
  Timestamp at{};
  std::optional<std::int64_t> agent_id;  // nullopt: system (CLI, jobs)
  std::string action;                    // "agent.create", "structure.read"…
  std::string object_type;               // "agent", "structure"…
  std::string object_id;                 // "" for lists
  std::string client_addr;
  std::string request_id;
  std::string details;  // JSON object text; ids and codes only, never personal data
  std::string prev_hash;
  std::string hash;
};

class AuditRepository {
 public:
  virtual ~AuditRepository() = default;
  // Appends the event inside the current transaction, chaining it to the last one (the
  // chain head is locked until commit so concurrent writers cannot fork the chain).
  virtual void Append(AuditEvent event) = 0;
};

}  // namespace pacte::app
