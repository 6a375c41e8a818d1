#include "domain/agent/lockout.hpp"

namespace pacte {

std::optional<Timestamp> LockedUntil(const std::vector<Timestamp>& failures,
                                     const LockoutRule& rule) {
  if (rule.failures <= 0) return std::nullopt;
  auto n = static_cast<std::size_t>(rule.failures);
  std::optional<Timestamp> until;
  for (std::size_t i = n - 1; i < failures.size(); ++i) {
    if (failures[i] - failures[i - (n - 1)] <= rule.window) {
      Timestamp end = failures[i] + rule.duration;
      if (!until || end > *until) until = end;
    }
  }
  return until;
}

bool IsLockedOut(const std::vector<Timestamp>& failures, const LockoutRule& rule, Timestamp now) {
  auto until = LockedUntil(failures, rule);
  return until && *until > now;
}

}  // namespace pacte
