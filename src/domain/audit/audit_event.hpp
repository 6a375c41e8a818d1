#pragma once
// One event of the audit trail: who did what to which object, when, from where, chained to the
// previous event by its hash (see audit_hash.hpp and docs/adr/0003-audit-hash-chain.md).

#include <cstdint>
#include <optional>
#include <string>

#include "domain/common/time.hpp"

namespace pacte::audit {

struct AuditEvent {
  std::int64_t id = 0;  // position in the chain: 1, 2, 3… without gaps
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

}  // namespace pacte::audit
