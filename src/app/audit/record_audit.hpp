#pragma once
// One call every use case makes to leave an audit event in its own transaction.

#include <string>

#include <nlohmann/json.hpp>

#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/unit_of_work.hpp"

namespace pacte::app {

// Records that `actor` did `action` ("structure.update", "agent.read") on an object, as the
// next event of the hash chain (id, at = clock.Now(), agent, client address and request id
// of the actor; agent NULL for the system actor).
// details: ids and codes only (never names, NIR or free text about a person).
// Preconditions:
//  - call it inside app::Write, also for reads of personal data: on PostgreSQL app::Read is
//    autocommit and would not hold the chain head lock; on SQLite it could not upgrade;
//  - call it last in the transaction, just before returning: it locks the one-row chain
//    head until commit, so every other auditing writer waits from that point on, and a
//    use case that locked other rows after it could deadlock with one that did the reverse.
// Throws (infrastructure) if the chain head is missing; the transaction then rolls back.
void RecordAudit(UnitOfWork& uow, const Clock& clock, const Actor& actor, std::string action,
                 std::string object_type, std::string object_id,
                 const nlohmann::json& details = nlohmann::json::object());

}  // namespace pacte::app
