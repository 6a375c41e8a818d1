#include "domain/common/spreadsheet_safety.hpp"

namespace pacte {

bool IsFormulaLike(std::string_view text) {
  if (text.empty()) return false;
  switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return true;
    default:
      return false;
  }
}

std::string NeutraliseFormula(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 1);
  if (IsFormulaLike(text)) out.push_back('\'');
  out.append(text);
  return out;
}

std::string CsvField(std::string_view text) {
  std::string value = NeutraliseFormula(text);
  if (value.find_first_of(";\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

}  // namespace pacte
