#include "storage/sql/sql_connection.hpp"

#include <charconv>

namespace pacte::storage {
namespace {
const std::string kEmpty;
}

const std::string& SqlRow::Text(std::size_t i) const {
  const auto& c = cells_.at(i);
  return c ? *c : kEmpty;
}

std::int64_t SqlRow::Int(std::size_t i) const { return OptInt(i).value_or(0); }

std::optional<std::int64_t> SqlRow::OptInt(std::size_t i) const {
  const auto& c = cells_.at(i);
  if (!c) return std::nullopt;
  std::int64_t v = 0;
  std::from_chars(c->data(), c->data() + c->size(), v);
  return v;
}

double SqlRow::Double(std::size_t i) const {
  const auto& c = cells_.at(i);
  return c ? std::stod(*c) : 0.0;
}

bool SqlRow::Bool(std::size_t i) const {
  const auto& c = cells_.at(i);
  return c && (*c == "1" || *c == "t" || *c == "true");
}

}  // namespace pacte::storage
