#include "domain/beneficiary/phone.hpp"

#include <array>

namespace pacte {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The digits, with a leading '+' kept; nullopt on any character that is not a digit or a
// separator. "(0)" is dropped: "+33 (0)6 12…" means "+33 6 12…".
std::optional<std::string> DigitsOf(std::string_view typed) {
  std::string out;
  for (std::size_t i = 0; i < typed.size(); ++i) {
    char c = typed[i];
    if (typed.substr(i, 3) == "(0)" && !out.empty()) {
      i += 2;
    } else if (IsDigit(c) || (c == '+' && out.empty())) {
      out.push_back(c);
    } else if (typed.substr(i, 2) == "\xC2\xA0") {
      ++i;
    } else if (c != ' ' && c != '\t' && c != '.' && c != '-' && c != '/' && c != '(' && c != ')') {
      return std::nullopt;
    }
  }
  return out;
}

std::string Grouped(std::string_view national) {
  std::string out;
  for (std::size_t i = 0; i < national.size(); i += 2) {
    if (!out.empty()) out.push_back(' ');
    out += national.substr(i, 2);
  }
  return out;
}

std::optional<std::string> National(std::string_view digits) {
  if (digits.size() == 9 && digits[0] != '0') return Grouped("0" + std::string(digits));
  if (digits.size() == 10 && digits[0] == '0' && digits[1] != '0') return Grouped(digits);
  return std::nullopt;
}

// Country codes whose numbers belong to the French national plan.
// (+269 is the Comoros since Mayotte moved to +262.)
constexpr std::array<std::string_view, 5> kFrenchCountryCodes{"33", "262", "590", "594", "596"};

std::optional<std::string> International(std::string_view digits) {
  for (std::string_view code : kFrenchCountryCodes) {
    if (digits.substr(0, code.size()) != code) continue;
    std::string_view rest = digits.substr(code.size());
    if (rest.size() == 9 && rest[0] != '0') return Grouped("0" + std::string(rest));
    if (code == "33" && rest.size() == 10 && rest[0] == '0') return National(rest);
    return std::nullopt;  // no other country code starts with these digits
  }
  if (digits.size() >= 9 && digits.size() <= 15 && digits[0] != '0') {
    return "+" + std::string(digits);
  }
  return std::nullopt;
}

struct OverseasPrefix {
  std::string_view national;
  std::string_view country;
};

constexpr std::array<OverseasPrefix, 14> kOverseasPrefixes{{
    {"0262", "+262"},
    {"0263", "+262"},
    {"0692", "+262"},
    {"0693", "+262"},
    {"0269", "+262"},
    {"0639", "+262"},
    {"0590", "+590"},
    {"0690", "+590"},
    {"0691", "+590"},
    {"0594", "+594"},
    {"0694", "+594"},
    {"0596", "+596"},
    {"0696", "+596"},
    {"0697", "+596"},
}};

}  // namespace

std::optional<std::string> NormalisePhone(std::string_view typed) {
  auto digits = DigitsOf(typed);
  if (!digits || digits->empty()) return std::nullopt;
  std::string_view d(*digits);
  if (d[0] == '+') return International(d.substr(1));
  if (d.substr(0, 2) == "00") return International(d.substr(2));
  return National(d);
}

std::string PhoneE164(std::string_view stored) {
  std::string digits;
  for (char c : stored) {
    if (IsDigit(c) || c == '+') digits.push_back(c);
  }
  if (!digits.empty() && digits[0] == '+') return digits;
  for (const auto& prefix : kOverseasPrefixes) {
    if (digits.substr(0, 4) == prefix.national) {
      return std::string(prefix.country) + digits.substr(1);
    }
  }
  return "+33" + digits.substr(1);
}

}  // namespace pacte
