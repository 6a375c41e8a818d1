#pragma once
// Test helper: the field errors of a Validation as a map field → French message.

#include <map>
#include <string>

#include "domain/common/error.hpp"

namespace pacte::test_support {

inline std::map<std::string, std::string> FieldErrors(const Validation& v) {
  std::map<std::string, std::string> out;
  if (v.Ok()) return out;
  for (const auto& f : v.ToError().fields) out[f.field] = f.message;
  return out;
}

using Messages = std::map<std::string, std::string>;

}  // namespace pacte::test_support
