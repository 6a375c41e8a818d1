#pragma once
// A small deterministic generator (SplitMix64): the same seed gives the same demo data on
// every platform, unlike std:: distributions whose algorithms are implementation-defined.

#include <cstdint>
#include <string>
#include <vector>

namespace pacte::io {

class DemoRandom {
 public:
  explicit DemoRandom(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next();
  // Uniform integer in [lo, hi].
  std::int64_t Between(std::int64_t lo, std::int64_t hi);
  bool Chance(double probability);
  template <class T>
  const T& Pick(const std::vector<T>& items) {
    return items[static_cast<std::size_t>(Between(0, static_cast<std::int64_t>(items.size()) - 1))];
  }

 private:
  std::uint64_t state_;
};

// A valid, fictitious SIRET (14 digits, Luhn) derived from n.
std::string DemoSiret(std::uint64_t n);

}  // namespace pacte::io
