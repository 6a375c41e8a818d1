#include "io/demo/demo_random.hpp"

#include <gtest/gtest.h>

namespace pacte::io {
namespace {

bool Luhn(const std::string& s) {
  int sum = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    int d = s[s.size() - 1 - i] - '0';
    if (i % 2 == 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 == 0;
}

TEST(DemoRandom, SameSeedSameSequence) {
  DemoRandom a(92);
  DemoRandom b(92);
  for (int i = 0; i < 100; ++i) EXPECT_EQ(a.Next(), b.Next());
  DemoRandom c(93);
  EXPECT_NE(DemoRandom(92).Next(), c.Next());
}

TEST(DemoRandom, BetweenStaysInBounds) {
  DemoRandom r(1);
  for (int i = 0; i < 1000; ++i) {
    auto v = r.Between(3, 7);
    EXPECT_GE(v, 3);
    EXPECT_LE(v, 7);
  }
}

TEST(DemoSiret, IsFourteenDigitsWithAValidKey) {
  for (std::uint64_t n : {0ULL, 1ULL, 42ULL, 123456789ULL}) {
    auto s = DemoSiret(n);
    EXPECT_EQ(s.size(), 14u);
    EXPECT_TRUE(Luhn(s)) << s;
  }
}

}  // namespace
}  // namespace pacte::io
