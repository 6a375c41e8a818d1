#include "domain/beneficiary/caf_number.hpp"

#include <array>

namespace pacte {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

char Upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (Upper(s[i]) != prefix[i]) return false;
  }
  return true;
}

// Removes the separators people type and one leading label ("CAF", "N°"…).
std::string WithoutDecoration(std::string_view typed) {
  std::string out;
  for (std::size_t i = 0; i < typed.size(); ++i) {
    char c = typed[i];
    if (c == ' ' || c == '\t' || c == '.' || c == '-' || c == ':') continue;
    if (typed.substr(i, 2) == "\xC2\xA0") {
      ++i;
      continue;
    }
    out.push_back(c);
  }
  static constexpr std::array<std::string_view, 4> kLabels{"CAF", "MSA", "N\xC2\xB0", "NO"};
  for (std::string_view label : kLabels) {
    if (StartsWithNoCase(out, label)) return out.substr(label.size());
  }
  return out;
}

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return !s.empty();
}

bool AllZeros(std::string_view s) { return s.find_first_not_of('0') == std::string_view::npos; }

Error CafNumberError(const std::string& field) {
  return Error::Invalid("caf_number.invalid",
                        "Numéro allocataire invalide : 7 chiffres attendus (exemple : 0012345).",
                        field);
}

}  // namespace

Result<std::string> NormaliseCafNumber(std::string_view typed, const std::string& field) {
  std::string digits = WithoutDecoration(typed);
  if (!AllDigits(digits)) return Fail(CafNumberError(field));
  std::string number;
  if (digits.size() <= kCafNumberDigits) {
    number = std::string(kCafNumberDigits - digits.size(), '0') + digits;
  } else if (digits.size() == kCafFileNumberDigits &&
             AllZeros(std::string_view(digits).substr(kCafNumberDigits))) {
    number = digits.substr(0, kCafNumberDigits);
  } else if (AllZeros(std::string_view(digits).substr(0, digits.size() - kCafNumberDigits))) {
    number = digits.substr(digits.size() - kCafNumberDigits);
  } else {
    return Fail(CafNumberError(field));
  }
  if (AllZeros(number)) return Fail(CafNumberError(field));
  return number;
}

std::string CafNumberInFileForm(std::string_view caf_number) {
  return std::string(caf_number) + std::string(kCafFileNumberDigits - kCafNumberDigits, '0');
}

Result<std::string> NormaliseNumdemrsa(std::string_view typed) {
  std::string out;
  for (char c : typed) {
    if (c == ' ' || c == '\t') continue;
    c = Upper(c);
    if (!IsDigit(c) && !(c >= 'A' && c <= 'Z')) {
      out.clear();
      break;
    }
    out.push_back(c);
  }
  if (out.size() != kNumdemrsaLength) {
    return Fail(Error::Invalid("numdemrsa.invalid",
                               "Numéro de demande RSA invalide : 11 lettres ou chiffres "
                               "attendus (exemple : 01024041052).",
                               "numdemrsa"));
  }
  return out;
}

}  // namespace pacte
