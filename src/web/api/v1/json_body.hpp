#pragma once
// Reading API bodies strictly: malformed JSON → 400; unknown fields, wrong types and missing
// required fields → 422 naming each field (French messages).

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/common/error.hpp"
#include "web/server/http.hpp"

namespace pacte::web {

// The body as a JSON object; kMalformed when it is not JSON or not an object.
Result<nlohmann::json> ParseJsonObject(const HttpRequest& req);

// Typed access to an object's fields. Every problem is collected; Finish() reports them all.
class JsonFields {
 public:
  JsonFields(const nlohmann::json& object, std::set<std::string> allowed);
  std::optional<std::string> String(const std::string& name, bool required = false);
  std::optional<std::int64_t> Int(const std::string& name, bool required = false);
  std::optional<bool> Bool(const std::string& name, bool required = false);
  std::optional<std::vector<std::string>> StringList(const std::string& name,
                                                     bool required = false);
  // True when the field is present (even null).
  bool Has(const std::string& name) const { return object_.contains(name); }
  // Ok, or a kInvalid error listing unknown, mistyped and missing fields.
  Status Finish() const;

 private:
  const nlohmann::json* Get(const std::string& name, bool required);
  const nlohmann::json& object_;
  std::set<std::string> allowed_;
  Validation errors_;
};

}  // namespace pacte::web
