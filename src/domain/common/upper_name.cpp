#include "domain/common/upper_name.hpp"

namespace pacte {

std::string UpperName(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const auto next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    if (c >= 'a' && c <= 'z') {
      out += static_cast<char>(c - 'a' + 'A');
    } else if (c == 0xC3 && next >= 0xA0 && next <= 0xBE && next != 0xB7) {
      out += static_cast<char>(0xC3);  // U+00E0..U+00FE -> U+00C0..U+00DE
      out += static_cast<char>(next - 0x20);
      ++i;
    } else if (c == 0xC3 && next == 0xBF) {
      out += "\xC5\xB8";  // ÿ -> Ÿ
      ++i;
    } else if (c == 0xC5 && next == 0x93) {
      out += "\xC5\x92";  // œ -> Œ
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace pacte
