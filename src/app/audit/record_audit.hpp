#pragma once
// One call every use case makes to leave an audit event in its own transaction.

#include <string>

#include <nlohmann/json.hpp>

#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/unit_of_work.hpp"

namespace pacte::app {

// Records that `actor` did `action` ("structure.update", "agent.read") on an object.
// details: ids and codes only (never names, NIR or free text about a person).
void RecordAudit(UnitOfWork& uow, const Clock& clock, const Actor& actor, std::string action,
                 std::string object_type, std::string object_id,
                 const nlohmann::json& details = nlohmann::json::object());

}  // namespace pacte::app
