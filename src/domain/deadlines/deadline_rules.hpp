#pragma once
// The durations behind every deadline, each a list of steps with the date from which it
// holds. The step that applies is chosen by the date of the TRIGGERING EVENT (entry into
// droits et devoirs, orientation, end of a contract, last appointment…), not by today: a
// person who entered D&D on 20 December 2024 keeps the 2-month orientation limit even when
// looked at in 2025.
//
// Defaults (domain.md §5):
//   orientation_delay                   2 months; 6 weeks from 2025-01-01
//   contract_delay_cer_professionnel    1 month   (orientations of the 2009 regime)
//   contract_delay_cer_social           2 months  (idem)
//   contract_delay_ppae                 none      (idem)
//   contract_delay_contrat_engagement   1 month from 2025-01-01
//   contract_expiring_window            30 days
//   social_review_delay                 6 months
//   social_review_delay_vulnerable      12 months
//   no_appointment_delay                3 months
// and the 2025 regime (loi pour le plein emploi) from 2025-01-01.

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/common/time.hpp"
#include "domain/deadlines/regime.hpp"
#include "domain/deadlines/rule_duration.hpp"

namespace pacte {

enum class DeadlineRule {
  kOrientationDelay,                // from the entry into D&D to the orientation
  kContractDelayCerProfessionnel,   // from the orientation to a CER professionnel (2009)
  kContractDelayCerSocial,          // from the orientation to a CER social (2009)
  kContractDelayPpae,               // from the orientation to a PPAE (2009)
  kContractDelayContratEngagement,  // from the orientation to a contrat d'engagement (2025)
  kContractExpiringWindow,          // how long before its end a contract is "expiring"
  kSocialReviewDelay,               // from a social orientation to its review
  kSocialReviewDelayVulnerable,     // the same when the person has vulnerabilities
  kNoAppointmentDelay,              // from the last appointment held to an alert
};

inline constexpr std::size_t kDeadlineRuleCount = 9;

std::string_view DeadlineRuleCode(DeadlineRule r);   // "orientation_delay"…
std::string_view DeadlineRuleLabel(DeadlineRule r);  // French, for a settings page
std::optional<DeadlineRule> ParseDeadlineRule(std::string_view code);
const std::vector<DeadlineRule>& AllDeadlineRules();

// One step of a rule: from `effective_from` (nullopt: since always) the rule is `duration`
// (nullopt: no deadline).
struct RuleStep {
  std::optional<Date> effective_from;
  std::optional<RuleDuration> duration;

  friend bool operator==(const RuleStep&, const RuleStep&) = default;
};

class DeadlineRules {
 public:
  // An empty rule set: no rule has a step; the 2025 regime starts on 2025-01-01.
  DeadlineRules();

  // Sets `rule` to `duration` from `effective_from`, replacing a step with the same date.
  // With no date the step holds since always and replaces every step of the rule.
  void Set(DeadlineRule rule, std::optional<Date> effective_from,
           std::optional<RuleDuration> duration);

  // The duration in force for an event on `event_date`: the step with the latest date on or
  // before it. nullopt when no step holds then, or the step says "no deadline".
  std::optional<RuleDuration> DurationAt(DeadlineRule rule, Date event_date) const;

  // The steps of a rule, oldest first (the dateless one, if any, first).
  const std::vector<RuleStep>& Steps(DeadlineRule rule) const;

  // The legal framework of an event on `event_date`.
  Regime RegimeAt(Date event_date) const;
  Date Regime2025From() const { return regime_2025_from_; }
  void SetRegime2025From(Date d) { regime_2025_from_ = d; }

 private:
  std::array<std::vector<RuleStep>, kDeadlineRuleCount> steps_;
  Date regime_2025_from_;
};

// The defaults listed above.
DeadlineRules DefaultDeadlineRules();

}  // namespace pacte
