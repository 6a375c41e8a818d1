#pragma once
// A deadline duration: a number of days, weeks or months. Written in configuration as a
// number followed by a unit letter: "30d" or "30j" (days), "6w" or "6s" (weeks), "2m"
// (months); "none" or "aucun" means no deadline.
//
// Adding a duration follows the French rules for counting time limits (Code de procédure
// civile, art. 641): a limit in months ends on the day of the month with the same number
// (or the month's last day when there is none: 31 December + 2 months → 28/29 February); a
// limit in weeks ends on the same weekday. The result is the last day on which the thing is
// still on time.

#include <optional>
#include <string>
#include <string_view>

#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte {

enum class DurationUnit { kDays, kWeeks, kMonths };

struct RuleDuration {
  int amount = 0;  // 1..kRuleDurationMaxAmount
  DurationUnit unit = DurationUnit::kDays;

  friend bool operator==(const RuleDuration&, const RuleDuration&) = default;
};

inline constexpr int kRuleDurationMaxAmount = 999;

RuleDuration Days(int n);
RuleDuration Weeks(int n);
RuleDuration Months(int n);

Date AddDuration(Date from, RuleDuration d);
// The date `d` before `to` (the inverse counting: to − 1 month).
Date SubtractDuration(Date to, RuleDuration d);

// "6w", "2m", "30d": the configuration form.
std::string FormatRuleDuration(RuleDuration d);
// "6 semaines", "1 mois", "30 jours": the French form for pages.
std::string DescribeRuleDuration(RuleDuration d);

// Reads the configuration form (surrounding spaces and letter case ignored). Returns nullopt
// inside the result for "none"/"aucun"/"aucune". Error: Invalid
// `deadline_rules.invalid_duration` with a French message quoting the text.
Result<std::optional<RuleDuration>> ParseRuleDuration(std::string_view text);

}  // namespace pacte
