#include "app/audit/audit_filter.hpp"

#include <charconv>

#include <nlohmann/json.hpp>

#include "domain/common/text.hpp"

namespace pacte::app {
namespace {

constexpr std::size_t kMaxFilterLength = 100;

std::optional<std::int64_t> ParsePositive(const std::string& text) {
  std::int64_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || v <= 0) return std::nullopt;
  return v;
}

// A trimmed free-text criterion, checked for size and encoding.
std::string Criterion(const std::string& raw, const std::string& field, Validation& v) {
  if (!IsValidUtf8(raw)) {
    v.Add(field, "Ce filtre contient des caractères invalides.");
    return {};
  }
  std::string value = Trim(raw);
  if (value.size() > kMaxFilterLength) {
    v.Add(field, "Ce filtre est trop long (100 caractères au plus).");
    return {};
  }
  return value;
}

std::optional<Date> DateCriterion(const std::string& raw, const std::string& field,
                                  Validation& v) {
  std::string value = Trim(raw);
  if (value.empty()) return std::nullopt;
  auto date = ParseIsoDate(value);
  if (!date) v.Add(field, "Date invalide : attendu une date réelle au format AAAA-MM-JJ.");
  return date;
}

}  // namespace

Result<AuditSearch> ParseAuditFilter(const AuditFilterInput& in) {
  Validation v;
  AuditSearch s;
  std::string agent = Trim(in.agent_id);
  if (!agent.empty()) {
    s.agent_id = ParsePositive(agent);
    if (!s.agent_id) v.Add("agent_id", "L'identifiant d'agent doit être un nombre entier positif.");
  }
  s.action_prefix = Criterion(in.action, "action", v);
  s.object_type = Criterion(in.object_type, "object_type", v);
  s.object_id = Criterion(in.object_id, "object_id", v);
  auto from = DateCriterion(in.from, "from", v);
  auto to = DateCriterion(in.to, "to", v);
  if (from && to && *to < *from) {
    v.Add("to", "La date de fin doit être postérieure ou égale à la date de début.");
  }
  if (!v.Ok()) return Fail(v.ToError("audit.filter_invalid"));
  if (from) s.from = Timestamp{*from};
  if (to) s.before = Timestamp{*to + std::chrono::days{1}};
  return s;
}

nlohmann::json AuditSearchJson(const AuditSearch& s) {
  nlohmann::json out = nlohmann::json::object();
  if (s.agent_id) out["agent_id"] = *s.agent_id;
  if (!s.action_prefix.empty()) out["action"] = s.action_prefix;
  if (!s.object_type.empty()) out["object_type"] = s.object_type;
  if (!s.object_id.empty()) out["object_id"] = s.object_id;
  if (s.from) out["from"] = FormatIsoDate(DateOf(*s.from));
  if (s.before) out["to"] = FormatIsoDate(DateOf(*s.before) - std::chrono::days{1});
  return out;
}

}  // namespace pacte::app
