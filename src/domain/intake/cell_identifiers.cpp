#include "domain/intake/cell_identifiers.hpp"

#include <algorithm>

#include "domain/beneficiary/caf_number.hpp"
#include "domain/beneficiary/phone.hpp"
#include "domain/common/text.hpp"

namespace pacte::intake {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return !s.empty();
}

std::size_t DigitCount(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += IsDigit(c) ? 1 : 0;
  return n;
}

bool OnlyPhoneCharacters(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (s.substr(i, 2) == "\xC2\xA0") {
      ++i;
    } else if (!IsDigit(c) && std::string_view(" \t.-/()+").find(c) == std::string_view::npos) {
      return false;
    }
  }
  return true;
}

std::string PhoneProblem(std::string_view s) {
  if (!OnlyPhoneCharacters(s)) return "caractères non autorisés";
  std::size_t digits = DigitCount(s);
  bool international = !s.empty() && (s[0] == '+' || s.substr(0, 2) == "00");
  if (digits < (international ? 11u : 10u) && digits != 9) return "trop court";
  if (digits > (international ? 15u : 10u)) return "trop long";
  return "format non reconnu";
}

constexpr std::size_t kOrganismDigits = 3;

char Upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// The cell without the separators and the leading label ("CAF", "MSA", "N°", "No") that
// NormaliseCafNumber ignores.
std::string WithoutLabel(std::string_view typed) {
  std::string out;
  for (std::size_t i = 0; i < typed.size(); ++i) {
    if (typed.substr(i, 2) == "\xC2\xA0") {
      ++i;
    } else if (std::string_view(" \t.-:").find(typed[i]) == std::string_view::npos) {
      out.push_back(typed[i]);
    }
  }
  for (std::string_view label : {"CAF", "MSA", "N\xC2\xB0", "NO"}) {
    bool match = out.size() >= label.size();
    for (std::size_t i = 0; match && i < label.size(); ++i) match = Upper(out[i]) == label[i];
    if (match) return out.substr(label.size());
  }
  return out;
}

}  // namespace

std::string WithoutNumericSuffix(std::string_view cell) {
  std::string s = Trim(cell);
  auto dot = s.find('.');
  if (dot == std::string::npos || !AllDigits(std::string_view(s).substr(0, dot))) return s;
  std::string_view fraction = std::string_view(s).substr(dot + 1);
  if (fraction.empty() || fraction.find_first_not_of('0') != std::string_view::npos) return s;
  return s.substr(0, dot);
}

Result<std::string> NormalisePhoneCell(std::string_view cell, const std::string& field) {
  std::string s = WithoutNumericSuffix(cell);
  if (auto phone = NormalisePhone(s)) return *phone;
  return Fail(Error::Invalid("intake.phone_invalid",
                             "Numéro de téléphone invalide (" + PhoneProblem(s) + ") : « " + s +
                                 " ». Attendu : 10 chiffres (exemple : 06 12 34 56 78) ou "
                                 "+33 suivi de 9 chiffres.",
                             field));
}

std::vector<Result<std::string>> NormalisePhonesCell(std::string_view cell,
                                                     const std::string& field) {
  std::vector<Result<std::string>> phones;
  std::string text(cell);
  for (std::size_t at = text.find(" ou "); at != std::string::npos; at = text.find(" ou ")) {
    text.replace(at, 4, ";");
  }
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = std::min(text.find_first_of(",;", start), text.size());
    std::string part = Trim(std::string_view(text).substr(start, end - start));
    if (!part.empty()) phones.push_back(NormalisePhoneCell(part, field));
    start = end + 1;
  }
  return phones;
}

Result<std::string> NormaliseCafNumberCell(std::string_view cell, const std::string& field) {
  std::string s = WithoutNumericSuffix(cell);
  auto number = NormaliseCafNumber(s, field);
  if (number) return number;
  std::string rest = WithoutLabel(s);
  if (rest.size() == kOrganismDigits + kCafNumberDigits && AllDigits(rest)) {
    return NormaliseCafNumber(std::string_view(rest).substr(kOrganismDigits), field);
  }
  return number;
}

}  // namespace pacte::intake
