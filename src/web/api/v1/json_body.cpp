#include "web/api/v1/json_body.hpp"

namespace pacte::web {

Result<nlohmann::json> ParseJsonObject(const HttpRequest& req) {
  auto parsed = nlohmann::json::parse(req.body, nullptr, false);
  if (parsed.is_discarded()) {
    return Fail(Error{ErrorKind::kMalformed,
                      "json.malformed",
                      "Le corps de la requête n'est pas un JSON valide.",
                      {}});
  }
  if (!parsed.is_object()) {
    return Fail(Error{ErrorKind::kMalformed,
                      "json.not_object",
                      "Le corps de la requête doit être un objet JSON.",
                      {}});
  }
  return parsed;
}

JsonFields::JsonFields(const nlohmann::json& object, std::set<std::string> allowed)
    : object_(object), allowed_(std::move(allowed)) {
  for (auto it = object_.begin(); it != object_.end(); ++it) {
    if (!allowed_.count(it.key())) errors_.Add(it.key(), "Champ inconnu.");
  }
}

const nlohmann::json* JsonFields::Get(const std::string& name, bool required) {
  auto it = object_.find(name);
  if (it == object_.end() || it->is_null()) {
    if (required) errors_.Add(name, "Champ obligatoire.");
    return nullptr;
  }
  return &*it;
}

std::optional<std::string> JsonFields::String(const std::string& name, bool required) {
  const auto* v = Get(name, required);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    errors_.Add(name, "Doit être une chaîne de caractères.");
    return std::nullopt;
  }
  return v->get<std::string>();
}

std::optional<std::int64_t> JsonFields::Int(const std::string& name, bool required) {
  const auto* v = Get(name, required);
  if (!v) return std::nullopt;
  if (!v->is_number_integer()) {
    errors_.Add(name, "Doit être un nombre entier.");
    return std::nullopt;
  }
  return v->get<std::int64_t>();
}

std::optional<bool> JsonFields::Bool(const std::string& name, bool required) {
  const auto* v = Get(name, required);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    errors_.Add(name, "Doit valoir true ou false.");
    return std::nullopt;
  }
  return v->get<bool>();
}

std::optional<std::vector<std::string>> JsonFields::StringList(const std::string& name,
                                                               bool required) {
  const auto* v = Get(name, required);
  if (!v) return std::nullopt;
  if (!v->is_array()) {
    errors_.Add(name, "Doit être une liste de chaînes.");
    return std::nullopt;
  }
  std::vector<std::string> out;
  for (const auto& item : *v) {
    if (!item.is_string()) {
      errors_.Add(name, "Doit être une liste de chaînes.");
      return std::nullopt;
    }
    out.push_back(item.get<std::string>());
  }
  return out;
}

Status JsonFields::Finish() const {
  if (errors_.Ok()) return {};
  return Fail(errors_.ToError("request.invalid_fields"));
}

}  // namespace pacte::web
