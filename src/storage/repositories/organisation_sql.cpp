#include "storage/repositories/organisation_sql.hpp"

namespace pacte::storage {
namespace {

std::string EscapeLike(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

}  // namespace

void SqlConditions::Add(const std::string& condition, std::vector<SqlParam> values) {
  std::string expanded;
  std::size_t next_value = 0;
  for (char c : condition) {
    if (c == '?' && next_value < values.size()) {
      params_.push_back(std::move(values[next_value++]));
      expanded += "$" + std::to_string(params_.size());
    } else {
      expanded.push_back(c);
    }
  }
  conditions_.push_back(std::move(expanded));
}

std::string SqlConditions::Where() const {
  std::string out;
  for (const auto& c : conditions_) out += (out.empty() ? " WHERE " : " AND ") + c;
  return out;
}

std::string SqlConditions::Next(SqlParam value) {
  params_.push_back(std::move(value));
  return "$" + std::to_string(params_.size());
}

std::string LikeContains(const std::string& key) { return "%" + EscapeLike(key) + "%"; }
std::string LikePrefix(const std::string& prefix) { return EscapeLike(prefix) + "%"; }

std::string KeyPrefixCondition(const Dialect& dialect, const std::string& column,
                               const std::string& key, SqlParams& values) {
  std::string like = column + " LIKE ? ESCAPE '\\'";
  if (!dialect.LikePrefixNeedsRange()) {
    values.emplace_back(LikePrefix(key));
    return like;
  }
  // Every UTF-8 text starting with key sorts bytewise in [key, key + 0xFF): no UTF-8 byte
  // is 0xFF.
  values.emplace_back(key);
  values.emplace_back(key + "\xFF");
  values.emplace_back(LikePrefix(key));
  return "(" + column + " >= ? AND " + column + " < ? AND " + like + ")";
}

}  // namespace pacte::storage
