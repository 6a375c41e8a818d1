#include "app/data_inclusion/json_schema.hpp"

#include <optional>
#include <regex>
#include <set>
#include <stdexcept>
#include <unordered_set>

#include "domain/common/time.hpp"

namespace pacte::app {

namespace di_files {
const std::map<std::string, std::string_view, std::less<>>& EmbeddedFiles();
}

namespace {

enum TypeBit : unsigned {
  kNull = 1,
  kBoolean = 2,
  kInteger = 4,
  kNumber = 8,
  kString = 16,
  kArray = 32,
  kObject = 64,
};

unsigned TypeBitOf(const std::string& name) {
  static const std::map<std::string, unsigned> kTypes{
      {"null", kNull},     {"boolean", kBoolean}, {"integer", kInteger}, {"number", kNumber},
      {"string", kString}, {"array", kArray},     {"object", kObject}};
  auto it = kTypes.find(name);
  if (it == kTypes.end()) throw std::invalid_argument("json schema: unknown type " + name);
  return it->second;
}

bool IsIntegral(const nlohmann::json& v) {
  if (v.is_number_integer()) return true;
  if (!v.is_number_float()) return false;
  double d = v.get<double>();
  return d == static_cast<double>(static_cast<long long>(d));
}

// Whether v is of one of the types in mask (an integer is also a number).
bool Matches(unsigned mask, const nlohmann::json& v) {
  if (v.is_null()) return mask & kNull;
  if (v.is_boolean()) return mask & kBoolean;
  if (v.is_number()) return (mask & kNumber) || ((mask & kInteger) && IsIntegral(v));
  if (v.is_string()) return mask & kString;
  if (v.is_array()) return mask & kArray;
  return mask & kObject;
}

std::string TypeLabel(unsigned mask) {
  std::vector<std::string> names;
  if (mask & kString) names.emplace_back("texte");
  if (mask & kInteger) names.emplace_back("nombre entier");
  if (mask & kNumber) names.emplace_back("nombre");
  if (mask & kBoolean) names.emplace_back("booléen");
  if (mask & kArray) names.emplace_back("liste");
  if (mask & kObject) names.emplace_back("objet");
  if (mask & kNull) names.emplace_back("null");
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " ou " : ", ";
    out += names[i];
  }
  return out;
}

std::string ValueLabel(const nlohmann::json& v) {
  if (v.is_null()) return "null";
  if (v.is_boolean()) return "booléen";
  if (v.is_number()) return "nombre";
  if (v.is_string()) return "texte";
  if (v.is_array()) return "liste";
  return "objet";
}

// The value quoted for a message, shortened.
std::string Shown(const nlohmann::json& v) {
  std::string s = v.is_string() ? v.get<std::string>() : v.dump();
  if (Utf8Length(s) > 60) {
    std::size_t cut = 0, chars = 0;
    while (cut < s.size() && chars < 57) {
      ++cut;
      while (cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) ++cut;
      ++chars;
    }
    s = s.substr(0, cut) + "…";
  }
  return "« " + s + " »";
}

std::string Join(const std::string& path, const std::string& name) {
  return path.empty() ? name : path + "." + name;
}

bool IsEmail(const std::string& s) {
  auto at = s.find('@');
  if (at == std::string::npos || at == 0 || s.find('@', at + 1) != std::string::npos) {
    return false;
  }
  auto domain = s.substr(at + 1);
  auto dot = domain.find('.');
  if (dot == std::string::npos || dot == 0 || domain.back() == '.') return false;
  for (char c : s) {
    if (static_cast<unsigned char>(c) <= ' ' || c == ',' || c == ';' || c == '<' || c == '>') {
      return false;
    }
  }
  return true;
}

// An absolute URI: scheme ":" then at least one character, no spaces (RFC 3986 syntax, the
// check the national validator applies).
bool IsUri(const std::string& s) {
  auto colon = s.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 >= s.size()) return false;
  if (!std::isalpha(static_cast<unsigned char>(s[0]))) return false;
  for (std::size_t i = 1; i < colon; ++i) {
    char c = s[i];
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') {
      return false;
    }
  }
  for (char c : s) {
    if (static_cast<unsigned char>(c) <= ' ' || c == '"' || c == '<' || c == '>') return false;
  }
  if (s.compare(colon, 3, "://") == 0 && colon + 3 >= s.size()) return false;
  return true;
}

}  // namespace

std::size_t Utf8Length(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

struct JsonSchema::Node {
  unsigned types = 0;  // 0: any
  std::vector<std::unique_ptr<Node>> any_of;
  const Node* ref = nullptr;
  std::optional<std::unordered_set<std::string>> enum_values;
  std::vector<std::string> enum_order;
  std::optional<nlohmann::json> const_value;
  std::optional<std::regex> pattern;
  std::string pattern_text;
  std::optional<std::size_t> min_length, max_length, min_items;
  std::optional<double> minimum;
  bool unique_items = false;
  std::unique_ptr<Node> items;
  std::string format;
  std::vector<std::pair<std::string, std::unique_ptr<Node>>> properties;
  std::vector<std::string> required;

  void Check(const nlohmann::json& v, const std::string& path,
             std::vector<SchemaIssue>& out) const;

 private:
  void CheckAnyOf(const nlohmann::json& v, const std::string& path,
                  std::vector<SchemaIssue>& out) const;
  void CheckString(const std::string& s, const std::string& path,
                   std::vector<SchemaIssue>& out) const;
  void CheckArray(const nlohmann::json& v, const std::string& path,
                  std::vector<SchemaIssue>& out) const;
  void CheckObject(const nlohmann::json& v, const std::string& path,
                   std::vector<SchemaIssue>& out) const;
};

void JsonSchema::Node::Check(const nlohmann::json& v, const std::string& path,
                             std::vector<SchemaIssue>& out) const {
  if (ref) {
    ref->Check(v, path, out);
    return;
  }
  if (!any_of.empty()) {
    CheckAnyOf(v, path, out);
    return;
  }
  if (types != 0 && !Matches(types, v)) {
    out.push_back({path, "type incorrect : " + TypeLabel(types) + " attendu, " + ValueLabel(v) +
                             " reçu"});
    return;
  }
  if (const_value && v != *const_value) {
    out.push_back({path, "valeur " + Shown(v) + " refusée : " + Shown(*const_value) + " attendu"});
    return;
  }
  if (enum_values) {
    if (!v.is_string() || !enum_values->contains(v.get<std::string>())) {
      out.push_back({path, "code inconnu " + Shown(v)});
      return;
    }
  }
  if (v.is_string()) CheckString(v.get_ref<const std::string&>(), path, out);
  if (v.is_number() && minimum && v.get<double>() < *minimum) {
    out.push_back({path, "la valeur doit être supérieure ou égale à " +
                             nlohmann::json(*minimum).dump() + " (reçu " + v.dump() + ")"});
  }
  if (v.is_array()) CheckArray(v, path, out);
  if (v.is_object()) CheckObject(v, path, out);
}

// The nullable pattern anyOf [X, {type: null}] reports X's own message; otherwise, when only
// one branch admits the value's type, that branch's messages; else a summary.
void JsonSchema::Node::CheckAnyOf(const nlohmann::json& v, const std::string& path,
                                  std::vector<SchemaIssue>& out) const {
  std::vector<std::vector<SchemaIssue>> failures;
  for (const auto& branch : any_of) {
    std::vector<SchemaIssue> issues;
    branch->Check(v, path, issues);
    if (issues.empty()) return;
    failures.push_back(std::move(issues));
  }
  std::vector<std::size_t> typed;
  for (std::size_t i = 0; i < any_of.size(); ++i) {
    const Node* b = any_of[i]->ref ? any_of[i]->ref : any_of[i].get();
    if (b->types == 0 || Matches(b->types, v)) typed.push_back(i);
  }
  if (typed.size() == 1) {
    for (auto& issue : failures[typed[0]]) out.push_back(std::move(issue));
    return;
  }
  if (typed.empty()) {
    unsigned mask = 0;
    for (const auto& branch : any_of) mask |= (branch->ref ? branch->ref : branch.get())->types;
    out.push_back({path, "type incorrect : " + TypeLabel(mask) + " attendu, " + ValueLabel(v) +
                             " reçu"});
    return;
  }
  out.push_back({path, "valeur " + Shown(v) + " refusée : elle ne correspond à aucune des formes "
                                               "admises"});
}

void JsonSchema::Node::CheckString(const std::string& s, const std::string& path,
                                   std::vector<SchemaIssue>& out) const {
  if (min_length || max_length) {
    std::size_t n = Utf8Length(s);
    if (min_length && n < *min_length) {
      out.push_back({path, "texte trop court : " + std::to_string(*min_length) +
                               " caractères au minimum (" + std::to_string(n) + " reçus)"});
    }
    if (max_length && n > *max_length) {
      out.push_back({path, "texte trop long : " + std::to_string(*max_length) +
                               " caractères au maximum (" + std::to_string(n) + " reçus)"});
    }
  }
  if (pattern && !std::regex_search(s, *pattern)) {
    out.push_back({path, "format invalide " + Shown(s) + " (motif " + pattern_text + ")"});
  }
  if (format == "date" && !ParseIsoDate(s)) {
    out.push_back({path, "date invalide " + Shown(s) + " : AAAA-MM-JJ attendu"});
  } else if (format == "email" && !IsEmail(s)) {
    out.push_back({path, "adresse électronique invalide " + Shown(s)});
  } else if (format == "uri" && !IsUri(s)) {
    out.push_back({path, "lien invalide " + Shown(s) + " : une adresse complète (https://…) "
                                                        "est attendue"});
  }
}

void JsonSchema::Node::CheckArray(const nlohmann::json& v, const std::string& path,
                                  std::vector<SchemaIssue>& out) const {
  if (min_items && v.size() < *min_items) {
    out.push_back({path, "liste vide : au moins " + std::to_string(*min_items) +
                             " valeur attendue"});
  }
  if (unique_items) {
    std::set<std::string> seen;
    for (const auto& item : v) {
      if (!seen.insert(item.dump()).second) {
        out.push_back({path, "valeur en double " + Shown(item)});
      }
    }
  }
  if (items) {
    for (std::size_t i = 0; i < v.size(); ++i) {
      items->Check(v[i], path + "[" + std::to_string(i) + "]", out);
    }
  }
}

void JsonSchema::Node::CheckObject(const nlohmann::json& v, const std::string& path,
                                   std::vector<SchemaIssue>& out) const {
  for (const auto& name : required) {
    if (!v.contains(name)) out.push_back({Join(path, name), "champ obligatoire manquant"});
  }
  for (const auto& [name, node] : properties) {
    auto it = v.find(name);
    if (it != v.end()) node->Check(*it, Join(path, name), out);
  }
}

namespace {

using Node = JsonSchema::Node;
using Defs = std::map<std::string, std::unique_ptr<Node>>;

const std::set<std::string>& Annotations() {
  static const std::set<std::string> k{"title", "description", "default", "examples"};
  return k;
}

std::unique_ptr<Node> Compile(const nlohmann::json& s, const nlohmann::json& root, Defs& defs);

const Node* Resolve(const std::string& ref, const nlohmann::json& root, Defs& defs) {
  const std::string prefix = "#/$defs/";
  if (ref.rfind(prefix, 0) != 0) throw std::invalid_argument("json schema: unsupported $ref");
  auto name = ref.substr(prefix.size());
  if (auto it = defs.find(name); it != defs.end()) return it->second.get();
  if (!root.contains("$defs") || !root["$defs"].contains(name)) {
    throw std::invalid_argument("json schema: unknown definition " + name);
  }
  auto& slot = defs[name];
  slot = Compile(root["$defs"][name], root, defs);
  return slot.get();
}

void CompileKeyword(Node& n, const std::string& key, const nlohmann::json& value,
                    const nlohmann::json& root, Defs& defs) {
  if (key == "type") {
    if (value.is_array()) {
      for (const auto& t : value) n.types |= TypeBitOf(t.get<std::string>());
    } else {
      n.types |= TypeBitOf(value.get<std::string>());
    }
  } else if (key == "anyOf") {
    for (const auto& b : value) n.any_of.push_back(Compile(b, root, defs));
  } else if (key == "$ref") {
    n.ref = Resolve(value.get<std::string>(), root, defs);
  } else if (key == "enum") {
    n.enum_values.emplace();
    for (const auto& e : value) {
      n.enum_values->insert(e.get<std::string>());
      n.enum_order.push_back(e.get<std::string>());
    }
  } else if (key == "const") {
    n.const_value = value;
  } else if (key == "pattern") {
    n.pattern_text = value.get<std::string>();
    n.pattern.emplace(n.pattern_text, std::regex::ECMAScript | std::regex::optimize);
  } else if (key == "minLength") {
    n.min_length = value.get<std::size_t>();
  } else if (key == "maxLength") {
    n.max_length = value.get<std::size_t>();
  } else if (key == "minItems") {
    n.min_items = value.get<std::size_t>();
  } else if (key == "minimum") {
    n.minimum = value.get<double>();
  } else if (key == "uniqueItems") {
    n.unique_items = value.get<bool>();
  } else if (key == "items") {
    n.items = Compile(value, root, defs);
  } else if (key == "format") {
    n.format = value.get<std::string>();
    if (n.format != "date" && n.format != "email" && n.format != "uri") {
      throw std::invalid_argument("json schema: unsupported format " + n.format);
    }
  } else if (key == "properties") {
    for (const auto& [name, sub] : value.items()) {
      n.properties.emplace_back(name, Compile(sub, root, defs));
    }
  } else if (key == "required") {
    n.required = value.get<std::vector<std::string>>();
  } else if (key != "$defs" && !Annotations().contains(key)) {
    throw std::invalid_argument("json schema: unsupported keyword " + key);
  }
}

std::unique_ptr<Node> Compile(const nlohmann::json& s, const nlohmann::json& root, Defs& defs) {
  auto n = std::make_unique<Node>();
  for (const auto& [key, value] : s.items()) CompileKeyword(*n, key, value, root, defs);
  return n;
}

void CollectEnum(const Node& n, std::vector<std::string>& out) {
  if (n.ref) CollectEnum(*n.ref, out);
  for (const auto& b : n.any_of) CollectEnum(*b, out);
  if (n.items) CollectEnum(*n.items, out);
  out.insert(out.end(), n.enum_order.begin(), n.enum_order.end());
}

nlohmann::json EmbeddedSchema(const char* name) {
  const auto& files = di_files::EmbeddedFiles();
  auto it = files.find(name);
  if (it == files.end()) throw std::logic_error(std::string("missing embedded schema ") + name);
  return nlohmann::json::parse(it->second);
}

}  // namespace

JsonSchema::JsonSchema(const nlohmann::json& schema) {
  root_ = Compile(schema, schema, defs_);
  if (root_->properties.empty()) throw std::invalid_argument("json schema: no properties");
  for (const auto& [name, node] : root_->properties) names_.push_back(name);
}

JsonSchema::~JsonSchema() = default;

std::vector<SchemaIssue> JsonSchema::Validate(const nlohmann::json& instance) const {
  std::vector<SchemaIssue> out;
  root_->Check(instance, "", out);
  return out;
}

const std::vector<std::string>& JsonSchema::PropertyNames() const { return names_; }

const std::vector<std::string>& JsonSchema::Required() const { return root_->required; }

std::vector<std::string> JsonSchema::EnumOf(const std::string& property) const {
  std::vector<std::string> out;
  for (const auto& [name, node] : root_->properties) {
    if (name == property) CollectEnum(*node, out);
  }
  return out;
}

const JsonSchema& ServiceSchema() {
  static const JsonSchema s(EmbeddedSchema("v1/service.json"));
  return s;
}

const JsonSchema& StructureSchema() {
  static const JsonSchema s(EmbeddedSchema("v1/structure.json"));
  return s;
}

}  // namespace pacte::app
