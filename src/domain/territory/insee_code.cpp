#include "domain/territory/insee_code.hpp"

namespace pacte {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

bool IsOverseas(std::string_view code) {
  return code.size() >= 3 && (code.substr(0, 2) == "97" || code.substr(0, 2) == "98") &&
         IsDigit(code[2]);
}

bool IsMetropolitanDepartement(std::string_view two) {
  if (two == "2A" || two == "2B") return true;
  if (two.size() != 2 || !AllDigits(two)) return false;
  int n = (two[0] - '0') * 10 + (two[1] - '0');
  return n >= 1 && n <= 95 && n != 20;
}

}  // namespace

bool IsValidInseeCode(std::string_view code) {
  if (code.size() != 5) return false;
  if (IsOverseas(code)) return AllDigits(code);
  return IsMetropolitanDepartement(code.substr(0, 2)) && AllDigits(code.substr(2));
}

std::string DepartementCodeOf(std::string_view insee_code) {
  return std::string(insee_code.substr(0, IsOverseas(insee_code) ? 3 : 2));
}

bool IsValidDepartementCode(std::string_view code) {
  if (code.size() == 3) return IsOverseas(code) && AllDigits(code);
  return IsMetropolitanDepartement(code);
}

bool IsValidPostalCode(std::string_view code) { return code.size() == 5 && AllDigits(code); }

}  // namespace pacte
