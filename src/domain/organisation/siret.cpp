#include "domain/organisation/siret.hpp"

#include <algorithm>

namespace pacte {
namespace {

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int DigitSum(std::string_view digits) {
  int sum = 0;
  for (char c : digits) sum += c - '0';
  return sum;
}

constexpr std::string_view kLaPosteSiren = "356000000";
constexpr std::string_view kLaPosteHeadOffice = "35600000000048";

}  // namespace

bool LuhnValid(std::string_view digits) {
  if (!AllDigits(digits)) return false;
  int sum = 0;
  bool doubled = false;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    int d = *it - '0';
    if (doubled) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    doubled = !doubled;
  }
  return sum % 10 == 0;
}

SiretCheck CheckSiret(std::string_view siret) {
  if (siret.size() != 14 || !AllDigits(siret)) return SiretCheck::kWrongFormat;
  // La Poste's establishments do not follow Luhn (its head office does).
  if (siret.substr(0, 9) == kLaPosteSiren && siret != kLaPosteHeadOffice) {
    return DigitSum(siret) % 5 == 0 ? SiretCheck::kValid : SiretCheck::kWrongChecksum;
  }
  return LuhnValid(siret) ? SiretCheck::kValid : SiretCheck::kWrongChecksum;
}

bool IsValidSiret(std::string_view siret) { return CheckSiret(siret) == SiretCheck::kValid; }

std::string CompactSiret(std::string_view typed) {
  std::string out;
  for (std::size_t i = 0; i < typed.size(); ++i) {
    char c = typed[i];
    if (c == ' ' || c == '.' || c == '\t') continue;
    // U+00A0 (C2 A0) and U+202F (E2 80 AF), the spaces a copy from a PDF brings.
    if (typed.compare(i, 2, "\xC2\xA0") == 0) {
      ++i;
      continue;
    }
    if (typed.compare(i, 3, "\xE2\x80\xAF") == 0) {
      i += 2;
      continue;
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace pacte
