#pragma once
// The agent form of the admin pages: reading it from a request and filling its template.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/accounts/manage_agents.hpp"
#include "web/server/http.hpp"

namespace pacte::web {

struct AgentForm {
  std::string email;
  std::string first_name;
  std::string last_name;
  std::vector<std::string> roles;
  std::string structure_id;  // as typed
  std::string territory_id;  // as typed
  std::string password;      // creation only
  bool active = true;
  std::string version;

  static AgentForm FromRequest(const Params& form);
  static AgentForm FromAgent(const Agent& agent);
  // Template data: values, role checkboxes, and the field errors of `error` (if any).
  nlohmann::json ToJson(const Error* error = nullptr) const;
};

// An optional positive id typed in a form: "" → nullopt; a field error when not a number.
std::optional<std::int64_t> ParseOptionalId(const std::string& text, const char* field,
                                            Validation& v);

// A path id ("42"); nullopt when not a positive integer.
std::optional<std::int64_t> ParsePathId(const std::string& text);

// The creation input of a form, or its parse errors.
Result<app::NewAgentInput> CreationInput(const AgentForm& form);
// The changes of an edit form (every field), or its parse errors.
Result<app::AgentChanges> EditChanges(std::int64_t id, const AgentForm& form);

}  // namespace pacte::web
