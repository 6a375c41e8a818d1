#pragma once
// Deadline rules as written in configuration (a `[[deadline_rules]]` table of the
// configuration file, or rows of the `deadline_rules` table): one setting per rule and
// effective date, all as text.
//
//   rule = "orientation_delay"   duration = "6w"   effective_from = "2025-01-01"
//
// An empty effective_from means "since always" and replaces every step of that rule.

#include <string>
#include <vector>

#include "domain/common/error.hpp"
#include "domain/deadlines/deadline_rules.hpp"

namespace pacte {

struct RuleSetting {
  std::string rule;            // a DeadlineRule code
  std::string duration;        // "6w", "2m", "30d", "none"… (see rule_duration.hpp)
  std::string effective_from;  // "YYYY-MM-DD", or empty for "since always"

  friend bool operator==(const RuleSetting&, const RuleSetting&) = default;
};

// `base` with every setting applied in order. All-or-nothing: on any bad setting the result
// is an Invalid `deadline_rules.invalid` error listing every fault, with French messages on
// fields `deadline_rules[i].rule` (unknown rule, naming the known ones),
// `deadline_rules[i].duration` (see ParseRuleDuration) and `deadline_rules[i].effective_from`
// (unreadable date).
Result<DeadlineRules> ApplyRuleSettings(DeadlineRules base,
                                        const std::vector<RuleSetting>& settings);

// The settings that rebuild `rules` from an empty set (durations written in the configuration
// form, "none" for no deadline), rule by rule, oldest step first. The 2025 regime date is not
// part of them.
std::vector<RuleSetting> ToRuleSettings(const DeadlineRules& rules);

}  // namespace pacte
