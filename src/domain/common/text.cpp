#include "domain/common/text.hpp"

#include <array>
#include <cstdint>
#include <utility>

namespace pacte {
namespace {

// Latin-1 supplement and Latin Extended-A letters folded to ASCII.
const char* FoldCodePoint(std::uint32_t cp) {
  static const std::array<std::pair<std::uint32_t, const char*>, 62> kTable{{
      {0xC0, "a"}, {0xC1, "a"}, {0xC2, "a"}, {0xC3, "a"}, {0xC4, "a"}, {0xC5, "a"},
      {0xC6, "ae"}, {0xC7, "c"}, {0xC8, "e"}, {0xC9, "e"}, {0xCA, "e"}, {0xCB, "e"},
      {0xCC, "i"}, {0xCD, "i"}, {0xCE, "i"}, {0xCF, "i"}, {0xD1, "n"}, {0xD2, "o"},
      {0xD3, "o"}, {0xD4, "o"}, {0xD5, "o"}, {0xD6, "o"}, {0xD8, "o"}, {0xD9, "u"},
      {0xDA, "u"}, {0xDB, "u"}, {0xDC, "u"}, {0xDD, "y"}, {0xDF, "ss"}, {0xE0, "a"},
      {0xE1, "a"}, {0xE2, "a"}, {0xE3, "a"}, {0xE4, "a"}, {0xE5, "a"}, {0xE6, "ae"},
      {0xE7, "c"}, {0xE8, "e"}, {0xE9, "e"}, {0xEA, "e"}, {0xEB, "e"}, {0xEC, "i"},
      {0xED, "i"}, {0xEE, "i"}, {0xEF, "i"}, {0xF1, "n"}, {0xF2, "o"}, {0xF3, "o"},
      {0xF4, "o"}, {0xF5, "o"}, {0xF6, "o"}, {0xF8, "o"}, {0xF9, "u"}, {0xFA, "u"},
      {0xFB, "u"}, {0xFC, "u"}, {0xFD, "y"}, {0xFF, "y"}, {0x152, "oe"}, {0x153, "oe"},
      {0x178, "y"}, {0x2019, " "},
  }};
  for (const auto& [code, folded] : kTable) {
    if (code == cp) return folded;
  }
  return nullptr;
}

// Decodes one UTF-8 sequence at s[i]; returns the code point and advances i. Invalid bytes
// decode as U+FFFD and advance by one.
std::uint32_t Decode(std::string_view s, std::size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (len == 0 || i + static_cast<std::size_t>(len) > s.size()) {
    ++i;
    return 0xFFFD;
  }
  std::uint32_t cp = len == 1 ? c : c & (0x7F >> len);
  for (int k = 1; k < len; ++k) {
    auto cc = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
    if ((cc >> 6) != 2) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  i += static_cast<std::size_t>(len);
  return cp;
}

}  // namespace

std::string SearchKey(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < utf8.size();) {
    std::uint32_t cp = Decode(utf8, i);
    std::string piece;
    if (cp < 0x80) {
      char ch = static_cast<char>(cp);
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      bool alnum = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
      if (alnum) piece = std::string(1, ch);
    } else if (const char* folded = FoldCodePoint(cp)) {
      piece = folded;
    }
    if (piece.empty() || piece == " ") {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out += piece;
  }
  return out;
}

std::string Trim(std::string_view s) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  std::size_t b = 0;
  std::size_t e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

bool IsValidUtf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (Decode(s, i) == 0xFFFD) return false;
  }
  return true;
}

}  // namespace pacte
