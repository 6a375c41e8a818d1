#include "io/spreadsheet/text_encoding.hpp"

#include <array>
#include <cstdint>

namespace pacte::io::spreadsheet {
namespace {

// 0x80–0x9F of windows-1252 (WHATWG index); the unassigned bytes keep their C1 value.
constexpr std::array<std::uint16_t, 32> kHigh = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void AppendUtf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Length of the sequence a lead byte announces, with the allowed range of its second byte
// (which is what excludes overlongs, surrogates and code points over U+10FFFF); 0 if invalid.
int SequenceLength(unsigned char lead, unsigned char& lo, unsigned char& hi) {
  lo = 0x80;
  hi = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (lead == 0xE0) lo = 0xA0;
    if (lead == 0xED) hi = 0x9F;
    return 3;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (lead == 0xF0) lo = 0x90;
    if (lead == 0xF4) hi = 0x8F;
    return 4;
  }
  return 0;
}

}  // namespace

bool IsStrictUtf8(std::string_view bytes, bool allow_cut_tail) {
  const std::size_t n = bytes.size();
  for (std::size_t i = 0; i < n;) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    if (lead < 0x80) {
      ++i;
      continue;
    }
    unsigned char lo = 0;
    unsigned char hi = 0;
    const int len = SequenceLength(lead, lo, hi);
    if (len == 0) return false;
    for (int k = 1; k < len; ++k) {
      if (i + static_cast<std::size_t>(k) >= n) return allow_cut_tail;
      const auto c = static_cast<unsigned char>(bytes[i + static_cast<std::size_t>(k)]);
      if (k == 1 ? (c < lo || c > hi) : (c < 0x80 || c > 0xBF)) return false;
    }
    i += static_cast<std::size_t>(len);
  }
  return true;
}

std::string Cp1252ToUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 4);
  for (char ch : bytes) {
    const auto b = static_cast<unsigned char>(ch);
    if (b < 0x80) {
      out.push_back(ch);
    } else {
      AppendUtf8(out, b < 0xA0 ? kHigh[b - 0x80] : b);
    }
  }
  return out;
}

bool IsAscii(std::string_view bytes) {
  for (char ch : bytes) {
    if (static_cast<unsigned char>(ch) >= 0x80) return false;
  }
  return true;
}

}  // namespace pacte::io::spreadsheet
