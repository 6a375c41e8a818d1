#include "domain/organisation/contact.hpp"

#include <cctype>

namespace pacte {
namespace {

bool IsAsciiAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool IsAsciiAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

bool ValidLocalPart(std::string_view local) {
  if (local.empty() || local.size() > 64) return false;
  for (char c : local) {
    auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7F || c == '"' || c == '(' || c == ')' || c == ',' || c == ':' ||
        c == ';' || c == '<' || c == '>' || c == '[' || c == ']' || c == '\\') {
      return false;
    }
  }
  return local.front() != '.' && local.back() != '.' && local.find("..") == std::string_view::npos;
}

bool ValidLabel(std::string_view label) {
  if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') {
    return false;
  }
  for (char c : label) {
    if (!IsAsciiAlnum(c) && c != '-') return false;
  }
  return true;
}

bool ValidDomain(std::string_view domain) {
  auto last_dot = domain.rfind('.');
  if (last_dot == std::string_view::npos) return false;
  std::size_t start = 0;
  while (start <= domain.size()) {
    auto dot = domain.find('.', start);
    auto label =
        domain.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (!ValidLabel(label)) return false;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  auto tld = domain.substr(last_dot + 1);
  if (tld.size() < 2) return false;
  for (char c : tld) {
    if (!IsAsciiAlpha(c)) return false;
  }
  return true;
}

}  // namespace

bool IsPlausibleEmail(std::string_view email) {
  if (email.size() > 254) return false;
  auto at = email.find('@');
  if (at == std::string_view::npos || email.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  return ValidLocalPart(email.substr(0, at)) && ValidDomain(email.substr(at + 1));
}

bool IsPlausiblePhone(std::string_view phone) {
  int digits = 0;
  for (std::size_t i = 0; i < phone.size(); ++i) {
    char c = phone[i];
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c == '+') {
      if (i != 0) return false;
    } else if (c != ' ' && c != '.' && c != '-' && c != '(' && c != ')') {
      return false;
    }
  }
  return digits >= 4 && digits <= 15;
}

}  // namespace pacte
