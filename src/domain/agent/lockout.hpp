#pragma once
// Lockout after repeated sign-in failures: `failures` failures within `window` lock the key
// (an account or a client address) for `duration` after the last of them.

#include <chrono>
#include <optional>
#include <vector>

#include "domain/common/time.hpp"

namespace pacte {

struct LockoutRule {
  int failures = 5;
  std::chrono::seconds window{15 * 60};
  std::chrono::seconds duration{15 * 60};

  // How far back failures matter: window + duration.
  std::chrono::seconds Horizon() const { return window + duration; }
};

// The instant until which the key is locked, given its failure instants in ascending order;
// nullopt when no run of `rule.failures` failures fits in `rule.window`.
std::optional<Timestamp> LockedUntil(const std::vector<Timestamp>& failures,
                                     const LockoutRule& rule);

// True when LockedUntil(...) is after `now`.
bool IsLockedOut(const std::vector<Timestamp>& failures, const LockoutRule& rule, Timestamp now);

}  // namespace pacte
