#include "io/demo/demo_random.hpp"

namespace pacte::io {

std::uint64_t DemoRandom::Next() {
  std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::int64_t DemoRandom::Between(std::int64_t lo, std::int64_t hi) {
  auto span = static_cast<std::uint64_t>(hi - lo + 1);
  return lo + static_cast<std::int64_t>(Next() % span);
}

bool DemoRandom::Chance(double probability) {
  return static_cast<double>(Next() >> 11) / 9007199254740992.0 < probability;
}

std::string DemoSiret(std::uint64_t n) {
  // 13 digits from n (prefixed by 9 to avoid the La Poste range), then the Luhn check digit.
  std::string digits = "9" + std::to_string(100000000000ULL + n % 900000000000ULL);
  digits = digits.substr(0, 13);
  int sum = 0;
  for (int i = 0; i < 13; ++i) {
    int d = digits[static_cast<std::size_t>(12 - i)] - '0';
    if (i % 2 == 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  digits.push_back(static_cast<char>('0' + (10 - sum % 10) % 10));
  return digits;
}

}  // namespace pacte::io
