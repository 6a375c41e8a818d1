#pragma once
// Reading the filters of the audit trail search (the admin page and the API share them).

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "app/ports/audit_repository.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

// The filters as typed (query parameters); empty strings mean "no filter".
struct AuditFilterInput {
  std::string agent_id;     // a positive integer
  std::string action;       // prefix of the action code ("structure." or "structure.read")
  std::string object_type;  // exact
  std::string object_id;    // exact
  std::string from;         // "YYYY-MM-DD", inclusive
  std::string to;           // "YYYY-MM-DD", inclusive (the whole day)
};

// The validated search, or a kInvalid error naming each bad field with its French message.
// Error fields: agent_id, action, object_type, object_id, from, to.
Result<AuditSearch> ParseAuditFilter(const AuditFilterInput& input);

// The filters actually applied, as JSON (ids and codes only), for the audit.read event.
nlohmann::json AuditSearchJson(const AuditSearch& search);

}  // namespace pacte::app
