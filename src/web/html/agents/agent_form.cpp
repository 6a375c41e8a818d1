#include "web/html/agents/agent_form.hpp"

#include <algorithm>
#include <charconv>

#include "domain/common/text.hpp"
#include "web/html/forms.hpp"

namespace pacte::web {
namespace {

std::optional<std::int64_t> ParsePositive(const std::string& text) {
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size() || value <= 0) return std::nullopt;
  return value;
}

}  // namespace

AgentForm AgentForm::FromRequest(const Params& form) {
  AgentForm f;
  f.email = First(form, "email").value_or("");
  f.first_name = First(form, "first_name").value_or("");
  f.last_name = First(form, "last_name").value_or("");
  auto [b, e] = form.equal_range("roles");
  for (auto it = b; it != e; ++it) f.roles.push_back(it->second);
  f.structure_id = Trim(First(form, "structure_id").value_or(""));
  f.territory_id = Trim(First(form, "territory_id").value_or(""));
  f.password = First(form, "password").value_or("");
  f.active = First(form, "active").has_value();
  f.version = First(form, "version").value_or("");
  return f;
}

AgentForm AgentForm::FromAgent(const Agent& a) {
  AgentForm f;
  f.email = a.email;
  f.first_name = a.first_name;
  f.last_name = a.last_name;
  for (Role r : a.roles) f.roles.emplace_back(RoleCode(r));
  if (a.structure_id) f.structure_id = std::to_string(*a.structure_id);
  if (a.territory_id) f.territory_id = std::to_string(*a.territory_id);
  f.active = a.active;
  f.version = std::to_string(a.version);
  return f;
}

nlohmann::json AgentForm::ToJson(const Error* error) const {
  nlohmann::json options = nlohmann::json::array();
  for (Role r : AllRoles()) {
    std::string code(RoleCode(r));
    bool checked = std::find(roles.begin(), roles.end(), code) != roles.end();
    options.push_back({{"code", code}, {"label", std::string(RoleLabel(r))}, {"checked", checked}});
  }
  nlohmann::json data{{"email", email},
                      {"first_name", first_name},
                      {"last_name", last_name},
                      {"structure_id", structure_id},
                      {"territory_id", territory_id},
                      {"active", active},
                      {"version", version},
                      {"role_options", options}};
  data["errors"] = error ? FieldErrorsJson(*error) : nlohmann::json::object();
  return data;
}

std::optional<std::int64_t> ParseOptionalId(const std::string& text, const char* field,
                                            Validation& v) {
  if (text.empty()) return std::nullopt;
  auto id = ParsePositive(text);
  if (!id) v.Add(field, "Indiquez un identifiant numérique (nombre entier positif).");
  return id;
}

std::optional<std::int64_t> ParsePathId(const std::string& text) { return ParsePositive(text); }

Result<app::NewAgentInput> CreationInput(const AgentForm& f) {
  Validation v;
  app::NewAgentInput in{f.email,      f.first_name, f.last_name, f.roles,
                        std::nullopt, std::nullopt, f.password};
  in.structure_id = ParseOptionalId(f.structure_id, "structure_id", v);
  in.territory_id = ParseOptionalId(f.territory_id, "territory_id", v);
  if (!v.Ok()) return Fail(v.ToError("agent.invalid"));
  return in;
}

Result<app::AgentChanges> EditChanges(std::int64_t id, const AgentForm& f) {
  Validation v;
  app::AgentChanges c;
  c.id = id;
  auto version = ParsePositive(f.version);
  if (!version) {
    return Fail(Error{ErrorKind::kMalformed,
                      "agent.version_missing",
                      "Version de la fiche absente : rechargez la page.",
                      {}});
  }
  c.version = static_cast<int>(*version);
  c.email = f.email;
  c.first_name = f.first_name;
  c.last_name = f.last_name;
  c.roles = f.roles;
  c.structure_id = ParseOptionalId(f.structure_id, "structure_id", v);
  c.territory_id = ParseOptionalId(f.territory_id, "territory_id", v);
  c.active = f.active;
  if (!v.Ok()) return Fail(v.ToError("agent.invalid"));
  return c;
}

}  // namespace pacte::web
