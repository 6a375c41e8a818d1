// The lockout rule: N failures within the window lock for the duration after the last one.

#include "domain/agent/lockout.hpp"

#include <gtest/gtest.h>

namespace pacte {
namespace {

using std::chrono::minutes;

Timestamp T(int minute) { return *ParseIsoTimestamp("2026-11-27T09:00:00Z") + minutes(minute); }

const LockoutRule kRule{5, minutes(15), minutes(15)};

TEST(Lockout, FourFailuresDoNotLock) {
  std::vector<Timestamp> f{T(0), T(1), T(2), T(3)};
  EXPECT_FALSE(LockedUntil(f, kRule));
  EXPECT_FALSE(IsLockedOut(f, kRule, T(4)));
}

TEST(Lockout, FiveFailuresInTheWindowLockForFifteenMinutesAfterTheLast) {
  std::vector<Timestamp> f{T(0), T(1), T(2), T(3), T(4)};
  EXPECT_EQ(LockedUntil(f, kRule), T(19));
  EXPECT_TRUE(IsLockedOut(f, kRule, T(18)));
  EXPECT_FALSE(IsLockedOut(f, kRule, T(19)));
}

TEST(Lockout, FailuresSpreadBeyondTheWindowDoNotLock) {
  std::vector<Timestamp> f{T(0), T(4), T(8), T(12), T(16)};
  EXPECT_FALSE(LockedUntil(f, kRule));
  f.push_back(T(17));  // T(4)..T(17): five within 15 minutes
  EXPECT_EQ(LockedUntil(f, kRule), T(32));
}

TEST(Lockout, ZeroThresholdDisablesLockout) {
  EXPECT_FALSE(LockedUntil({T(0), T(0)}, LockoutRule{0, minutes(15), minutes(15)}));
}

}  // namespace
}  // namespace pacte
