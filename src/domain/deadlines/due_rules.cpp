#include "domain/deadlines/due_rules.hpp"

#include <algorithm>

namespace pacte {
namespace {

constexpr std::chrono::days kOneDay{1};

// An obligation triggered on `trigger` with `delay`: on time until due_on, overdue after.
DueItem Obligation(DueKind kind, Date trigger, RuleDuration delay, Date today,
                   const DeadlineRules& rules, std::int64_t subject_id = 0) {
  DueItem item;
  item.kind = kind;
  item.due_on = AddDuration(trigger, delay);
  item.overdue = today > item.due_on;
  item.since = item.overdue ? item.due_on + kOneDay : trigger;
  item.rule_regime = rules.RegimeAt(trigger);
  item.subject_id = subject_id;
  return item;
}

bool Covers(const ContractFact& c, Date today) {
  return c.status == ContractStatus::kSigne && c.ends_on >= today;
}

}  // namespace

ContractType ExpectedContractType(Parcours parcours, bool with_france_travail, Regime regime) {
  if (regime == Regime::k2025) return ContractType::kContratEngagement;
  if (with_france_travail) return ContractType::kPpae;
  if (parcours == Parcours::kProfessionnel) return ContractType::kCerProfessionnel;
  return ContractType::kCerSocial;
}

DeadlineRule ContractDelayRule(ContractType type) {
  switch (type) {
    case ContractType::kCerProfessionnel:
      return DeadlineRule::kContractDelayCerProfessionnel;
    case ContractType::kCerSocial:
      return DeadlineRule::kContractDelayCerSocial;
    case ContractType::kPpae:
      return DeadlineRule::kContractDelayPpae;
    case ContractType::kContratEngagement:
      return DeadlineRule::kContractDelayContratEngagement;
  }
  return DeadlineRule::kContractDelayContratEngagement;
}

std::optional<DueItem> OrientationDue(const PersonParcoursSnapshot& person,
                                      const CurrentParcours& current, Date today,
                                      const DeadlineRules& rules) {
  if (!current.obliged || current.orientation) return std::nullopt;
  Date trigger = *person.dd_since;
  auto delay = rules.DurationAt(DeadlineRule::kOrientationDelay, trigger);
  if (!delay) return std::nullopt;
  return Obligation(DueKind::kOrientation, trigger, *delay, today, rules);
}

std::optional<DueItem> ContractDue(const PersonParcoursSnapshot& person,
                                   const CurrentParcours& current, Date today,
                                   const DeadlineRules& rules) {
  if (!current.obliged || !current.orientation) return std::nullopt;
  const OrientationFact& o = *current.orientation;
  Date trigger = o.decided_on;
  for (const auto& c : person.contracts) {
    if (!CountsForParcours(c, current, rules)) continue;
    if (Covers(c, today)) return std::nullopt;
    trigger = std::max(trigger, LastDay(c) + kOneDay);
  }
  ContractType expected =
      ExpectedContractType(o.parcours, o.with_france_travail, rules.RegimeAt(trigger));
  auto delay = rules.DurationAt(ContractDelayRule(expected), trigger);
  if (!delay) return std::nullopt;
  return Obligation(DueKind::kContract, trigger, *delay, today, rules);
}

std::optional<DueItem> ContractExpiring(const PersonParcoursSnapshot& person,
                                        const CurrentParcours& current, Date today,
                                        const DeadlineRules& rules) {
  if (!current.obliged) return std::nullopt;
  const ContractFact* in_force = nullptr;
  Date latest_end = Date::min();
  for (const auto& c : person.contracts) {
    if (!CountsForParcours(c, current, rules) || c.status != ContractStatus::kSigne) continue;
    latest_end = std::max(latest_end, c.ends_on);
    bool running = c.starts_on <= today && today <= c.ends_on;
    if (running && (!in_force || c.ends_on > in_force->ends_on)) in_force = &c;
  }
  if (!in_force || latest_end > in_force->ends_on) return std::nullopt;
  auto window = rules.DurationAt(DeadlineRule::kContractExpiringWindow, in_force->ends_on);
  if (!window) return std::nullopt;
  Date window_start = SubtractDuration(in_force->ends_on, *window);
  if (today < window_start) return std::nullopt;
  return DueItem{DueKind::kContractExpiring,        in_force->ends_on, false, window_start,
                 rules.RegimeAt(in_force->ends_on), in_force->id};
}

std::optional<DueItem> SocialReviewDue(const PersonParcoursSnapshot& person,
                                       const CurrentParcours& current, Date today,
                                       const DeadlineRules& rules) {
  if (!current.obliged || !current.orientation) return std::nullopt;
  if (current.orientation->parcours != Parcours::kSocial) return std::nullopt;
  Date trigger = current.orientation->decided_on;
  const auto& reviewed = person.social_reviewed_on;
  if (reviewed && *reviewed > trigger && *reviewed <= today) trigger = *reviewed;
  auto rule = person.has_vulnerabilities ? DeadlineRule::kSocialReviewDelayVulnerable
                                         : DeadlineRule::kSocialReviewDelay;
  auto delay = rules.DurationAt(rule, trigger);
  if (!delay) return std::nullopt;
  return Obligation(DueKind::kSocialReview, trigger, *delay, today, rules);
}

std::optional<DueItem> NoRecentAppointment(const PersonParcoursSnapshot& person,
                                           const CurrentParcours& current, Date today,
                                           const DeadlineRules& rules) {
  if (!current.obliged || !current.orientation) return std::nullopt;
  Date last_contact = current.orientation->decided_on;
  for (const auto& a : person.appointments) {
    if (a.status == AppointmentStatus::kAVenir && a.on >= today) return std::nullopt;
    if (a.status == AppointmentStatus::kHonore && a.on <= today) {
      last_contact = std::max(last_contact, a.on);
    }
  }
  auto delay = rules.DurationAt(DeadlineRule::kNoAppointmentDelay, last_contact);
  if (!delay) return std::nullopt;
  DueItem item = Obligation(DueKind::kNoRecentAppointment, last_contact, *delay, today, rules);
  if (!item.overdue) return std::nullopt;
  return item;
}

std::vector<DueItem> UnrecordedAppointments(const PersonParcoursSnapshot& person, Date today,
                                            const DeadlineRules& rules) {
  std::vector<DueItem> items;
  for (const auto& a : person.appointments) {
    if (a.status != AppointmentStatus::kAVenir || a.on >= today) continue;
    items.push_back(DueItem{DueKind::kAppointmentUnrecorded, a.on, true, a.on + kOneDay,
                            rules.RegimeAt(a.on), a.id});
  }
  return items;
}

}  // namespace pacte
