#include "domain/intake/cell_name.hpp"

#include "domain/common/upper_name.hpp"

namespace pacte::intake {
namespace {

bool IsSpaceAt(std::string_view s, std::size_t i, std::size_t& width) {
  char c = s[i];
  width = 1;
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return true;
  if (s.substr(i, 2) == "\xC2\xA0") {
    width = 2;
    return true;
  }
  return false;
}

// Length in bytes of the UTF-8 sequence starting with `lead` (1 for stray bytes).
std::size_t SequenceLength(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// Reverse of UpperName on one character.
std::string LowerChar(std::string_view ch) {
  auto c = static_cast<unsigned char>(ch[0]);
  if (ch.size() == 1 && c >= 'A' && c <= 'Z') return std::string(1, static_cast<char>(c + 32));
  if (ch.size() == 2) {
    auto next = static_cast<unsigned char>(ch[1]);
    if (c == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) {
      return {static_cast<char>(0xC3), static_cast<char>(next + 0x20)};
    }
    if (ch == "\xC5\x92") return "\xC5\x93";  // Œ -> œ
    if (ch == "\xC5\xB8") return "\xC3\xBF";  // Ÿ -> ÿ
  }
  return std::string(ch);
}

bool IsPartSeparator(std::string_view ch) {
  return ch == " " || ch == "-" || ch == "'" || ch == "\xE2\x80\x99";  // ’
}

bool HasLetter(std::string_view s) {
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80) return true;
  }
  return false;
}

Result<std::string> Checked(std::string name, std::string_view cell, const std::string& field) {
  if (HasLetter(name)) return name;
  return Fail(Error::Invalid(
      "intake.name_invalid",
      name.empty() ? "Nom absent."
                   : "Nom invalide : « " + CollapseSpaces(cell) + " » ne contient aucune lettre.",
      field));
}

}  // namespace

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  bool pending = false;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t width = 1;
    if (IsSpaceAt(text, i, width)) {
      pending = !out.empty();
    } else {
      if (pending) out.push_back(' ');
      pending = false;
      out.push_back(text[i]);
    }
    i += width;
  }
  return out;
}

Result<std::string> NormaliseLastName(std::string_view cell, const std::string& field) {
  return Checked(UpperName(CollapseSpaces(cell)), cell, field);
}

Result<std::string> NormaliseFirstName(std::string_view cell, const std::string& field) {
  std::string text = CollapseSpaces(cell);
  std::string out;
  bool part_start = true;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = SequenceLength(static_cast<unsigned char>(text[i]));
    std::string_view ch = std::string_view(text).substr(i, len);
    out += part_start ? UpperName(ch) : LowerChar(ch);
    part_start = IsPartSeparator(ch);
    i += ch.size();
  }
  return Checked(out, cell, field);
}

}  // namespace pacte::intake
