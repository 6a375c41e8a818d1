#include "domain/stats/funnel.hpp"

#include <array>

namespace pacte::stats {
namespace {

constexpr std::array<std::string_view, kFunnelStages> kStageLabels{
    "Soumis aux droits et devoirs", "Orientés", "Avec un référent", "Avec un contrat",
    "Entrés en action", "Sortis vers l'emploi"};

bool InDdDuring(const PersonFacts& p, const Window& w) {
  for (const auto& period : DdPeriods(p.rights)) {
    if (period.entered_on <= w.to && (!period.left_on || *period.left_on > w.from)) return true;
  }
  return false;
}

const ReferentFact* ReferentDuring(const PersonFacts& p, const Window& w) {
  if (const auto* now = ReferentAt(p, w.to)) return now;
  const ReferentFact* found = nullptr;
  for (const auto& r : p.referents) {
    if (r.valid_from <= w.to && (!r.valid_to || *r.valid_to > w.from)) found = &r;
  }
  return found;
}

bool ContractDuring(const PersonFacts& p, const Window& w) {
  for (const auto& c : p.contracts) {
    if (c.status == "brouillon") continue;
    const Date at = c.signed_on ? *c.signed_on : c.starts_on;
    if (at > w.to || c.ends_on < w.from) continue;
    if (c.closed_on && *c.closed_on <= w.from) continue;
    return true;
  }
  return false;
}

bool ActionDuring(const PersonFacts& p, const Window& w) {
  for (const auto& f : p.prescriptions) {
    if (f.entered_on && *f.entered_on <= w.to && (!f.exited_on || *f.exited_on >= w.from)) {
      return true;
    }
  }
  return false;
}

bool EmploymentDuring(const PersonFacts& p, const Window& w) {
  for (const auto& e : p.exits) {
    if (w.Contains(e.exited_on) && IsExitToEmployment(e.reason)) return true;
  }
  for (const auto& f : p.prescriptions) {
    if (f.exited_on && w.Contains(*f.exited_on) && f.outcome == "emploi") return true;
  }
  return false;
}

void Delays(const PersonFacts& p, Date as_of, const Window& w, Journey& j) {
  if (j.entry) {
    if (const auto* o = FirstOrientationBetween(p, *j.entry, as_of)) {
      j.entry_to_orientation = DaysBetween(*j.entry, o->decided_on);
    }
  }
  if (j.orientation) {
    const Date since = j.orientation->decided_on;
    for (const auto& r : p.referents) {
      if (r.valid_from >= since && r.valid_from <= as_of) {
        j.orientation_to_referent = DaysBetween(since, r.valid_from);
        break;
      }
    }
    if (const auto* c = FirstContractBetween(p, since, as_of)) {
      j.orientation_to_contract = DaysBetween(since, c->signed_on ? *c->signed_on : c->starts_on);
    }
  }
  for (const auto& f : p.prescriptions) {
    if (f.entered_on && w.Contains(*f.entered_on)) {
      j.prescription_to_entry.push_back(DaysBetween(f.prescribed_on, *f.entered_on));
    }
  }
}

}  // namespace

std::string_view FunnelStageLabel(int stage) {
  return stage >= 0 && stage < kFunnelStages ? kStageLabels[static_cast<std::size_t>(stage)]
                                             : "";
}

bool IsExitToEmployment(std::string_view r) {
  return r == "emploi_durable" || r == "emploi_temporaire" || r == "creation_activite";
}

Window YearEndingAt(Date as_of) { return {as_of - std::chrono::days{364}, as_of}; }

Journey JourneyAt(const PersonFacts& p, Date as_of) {
  Journey j;
  const Window w = YearEndingAt(as_of);
  if (!InDdDuring(p, w)) return j;
  j.entry = LatestDdEntry(p, as_of);
  j.orientation = OrientationAt(p, as_of);
  j.referent = ReferentDuring(p, w);
  j.reached = 1;
  if (j.orientation) {
    j.reached = 2;
    if (j.referent) {
      j.reached = 3;
      if (ContractDuring(p, w)) {
        j.reached = 4;
        if (ActionDuring(p, w)) {
          j.reached = 5;
          if (EmploymentDuring(p, w)) j.reached = 6;
        }
      }
    }
  }
  Delays(p, as_of, w, j);
  return j;
}

}  // namespace pacte::stats
