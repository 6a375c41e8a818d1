#include "domain/deadlines/deadline_rules.hpp"

#include <date/date.h>

#include <algorithm>

namespace pacte {
namespace {

struct RuleInfo {
  DeadlineRule rule;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<RuleInfo, kDeadlineRuleCount> kRules{{
    {DeadlineRule::kOrientationDelay, "orientation_delay",
     "Délai d'orientation après l'entrée dans les droits et devoirs"},
    {DeadlineRule::kContractDelayCerProfessionnel, "contract_delay_cer_professionnel",
     "Délai de signature d'un CER professionnel après l'orientation (règles de 2009)"},
    {DeadlineRule::kContractDelayCerSocial, "contract_delay_cer_social",
     "Délai de signature d'un CER social après l'orientation (règles de 2009)"},
    {DeadlineRule::kContractDelayPpae, "contract_delay_ppae",
     "Délai de signature d'un PPAE après l'orientation (règles de 2009)"},
    {DeadlineRule::kContractDelayContratEngagement, "contract_delay_contrat_engagement",
     "Délai de signature du contrat d'engagement après l'orientation (règles de 2025)"},
    {DeadlineRule::kContractExpiringWindow, "contract_expiring_window",
     "Alerte avant la fin d'un contrat"},
    {DeadlineRule::kSocialReviewDelay, "social_review_delay", "Réexamen d'un parcours social"},
    {DeadlineRule::kSocialReviewDelayVulnerable, "social_review_delay_vulnerable",
     "Réexamen d'un parcours social en cas de vulnérabilités"},
    {DeadlineRule::kNoAppointmentDelay, "no_appointment_delay", "Alerte sans rendez-vous honoré"},
}};

std::size_t IndexOf(DeadlineRule r) { return static_cast<std::size_t>(r); }

Date Ymd(int y, unsigned m, unsigned d) {
  return Date{date::sys_days{date::year{y} / date::month{m} / date::day{d}}.time_since_epoch()};
}

bool Before(const RuleStep& a, const RuleStep& b) {
  if (!a.effective_from) return b.effective_from.has_value();
  return b.effective_from && *a.effective_from < *b.effective_from;
}

}  // namespace

std::string_view DeadlineRuleCode(DeadlineRule r) { return kRules[IndexOf(r)].code; }
std::string_view DeadlineRuleLabel(DeadlineRule r) { return kRules[IndexOf(r)].label; }

std::optional<DeadlineRule> ParseDeadlineRule(std::string_view code) {
  for (const auto& info : kRules) {
    if (info.code == code) return info.rule;
  }
  return std::nullopt;
}

const std::vector<DeadlineRule>& AllDeadlineRules() {
  static const std::vector<DeadlineRule> all = [] {
    std::vector<DeadlineRule> v;
    v.reserve(kRules.size());
    for (const auto& info : kRules) v.push_back(info.rule);
    return v;
  }();
  return all;
}

DeadlineRules::DeadlineRules() : regime_2025_from_(Ymd(2025, 1, 1)) {}

void DeadlineRules::Set(DeadlineRule rule, std::optional<Date> effective_from,
                        std::optional<RuleDuration> duration) {
  auto& steps = steps_[IndexOf(rule)];
  RuleStep step{effective_from, duration};
  if (!effective_from) steps.clear();
  auto same = std::find_if(steps.begin(), steps.end(),
                           [&](const RuleStep& s) { return s.effective_from == effective_from; });
  if (same != steps.end()) {
    *same = step;
    return;
  }
  steps.insert(std::upper_bound(steps.begin(), steps.end(), step, Before), step);
}

std::optional<RuleDuration> DeadlineRules::DurationAt(DeadlineRule rule, Date event_date) const {
  const RuleStep* in_force = nullptr;
  for (const auto& step : steps_[IndexOf(rule)]) {
    if (step.effective_from && *step.effective_from > event_date) break;
    in_force = &step;
  }
  return in_force ? in_force->duration : std::nullopt;
}

const std::vector<RuleStep>& DeadlineRules::Steps(DeadlineRule rule) const {
  return steps_[IndexOf(rule)];
}

Regime DeadlineRules::RegimeAt(Date event_date) const {
  return event_date < regime_2025_from_ ? Regime::k2009 : Regime::k2025;
}

DeadlineRules DefaultDeadlineRules() {
  DeadlineRules rules;
  const Date plein_emploi = Ymd(2025, 1, 1);
  rules.Set(DeadlineRule::kOrientationDelay, std::nullopt, Months(2));
  rules.Set(DeadlineRule::kOrientationDelay, plein_emploi, Weeks(6));
  rules.Set(DeadlineRule::kContractDelayCerProfessionnel, std::nullopt, Months(1));
  rules.Set(DeadlineRule::kContractDelayCerSocial, std::nullopt, Months(2));
  rules.Set(DeadlineRule::kContractDelayPpae, std::nullopt, std::nullopt);
  rules.Set(DeadlineRule::kContractDelayContratEngagement, plein_emploi, Months(1));
  rules.Set(DeadlineRule::kContractExpiringWindow, std::nullopt, Days(30));
  rules.Set(DeadlineRule::kSocialReviewDelay, std::nullopt, Months(6));
  rules.Set(DeadlineRule::kSocialReviewDelayVulnerable, std::nullopt, Months(12));
  rules.Set(DeadlineRule::kNoAppointmentDelay, std::nullopt, Months(3));
  rules.SetRegime2025From(plein_emploi);
  return rules;
}

}  // namespace pacte
