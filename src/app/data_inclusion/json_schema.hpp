#pragma once
// A JSON Schema validator for the subset the data·inclusion v1 schemas use: type (with null),
// anyOf, $ref to #/$defs, enum, const, pattern (std::regex, ECMAScript), minLength/maxLength
// (counted in Unicode characters), minimum, minItems, uniqueItems, format (date, email, uri),
// properties, required. Annotations (title, description, default, examples) are ignored; any
// other keyword is refused when the schema is compiled, so a new schema version that needs
// more cannot be validated silently wrong.
//
// The two schemas are embedded in the binary (data/data-inclusion/v1/*.json).

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace pacte::app {

// One broken rule: the path of the value ("nom", "thematiques[2]") and a French message.
struct SchemaIssue {
  std::string path;
  std::string message;
};

class JsonSchema {
 public:
  // Compiles `schema`. Throws std::invalid_argument on an unsupported keyword, a $ref that
  // is not "#/$defs/<name>" or an unknown definition, or an invalid pattern.
  explicit JsonSchema(const nlohmann::json& schema);
  ~JsonSchema();
  JsonSchema(const JsonSchema&) = delete;
  JsonSchema& operator=(const JsonSchema&) = delete;

  // Every broken rule of `instance`, in the order of the schema's properties; empty when
  // valid. Unknown properties are allowed (the schemas do not forbid them).
  std::vector<SchemaIssue> Validate(const nlohmann::json& instance) const;

  // The names of the top-level properties, and the required ones.
  const std::vector<std::string>& PropertyNames() const;
  const std::vector<std::string>& Required() const;
  // The values a property's enum (direct, through anyOf or through items) admits; empty when
  // the property is not enumerated.
  std::vector<std::string> EnumOf(const std::string& property) const;

  struct Node;

 private:
  std::map<std::string, std::unique_ptr<Node>> defs_;
  std::unique_ptr<Node> root_;
  std::vector<std::string> names_;
};

// The embedded data·inclusion v1 schemas (compiled once, thread-safe).
const JsonSchema& ServiceSchema();
const JsonSchema& StructureSchema();

// Number of Unicode characters of a UTF-8 string (continuation bytes are not counted).
std::size_t Utf8Length(std::string_view s);

}  // namespace pacte::app
