#include "domain/stats/person_facts.hpp"

#include <array>
#include <utility>

namespace pacte::stats {
namespace {

struct FamilyEntry {
  FamilySituation value;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<FamilyEntry, 4> kFamily{{
    {FamilySituation::kSeulSansEnfant, "seul_sans_enfant", "Personne seule sans enfant"},
    {FamilySituation::kSeulAvecEnfants, "seul_avec_enfants", "Personne seule avec enfant(s)"},
    {FamilySituation::kCoupleSansEnfant, "couple_sans_enfant", "Couple sans enfant"},
    {FamilySituation::kCoupleAvecEnfants, "couple_avec_enfants", "Couple avec enfant(s)"},
}};

// The contract counts from its signature, or from its start when no signature is recorded.
Date ContractDate(const ContractFact& c) { return c.signed_on ? *c.signed_on : c.starts_on; }

}  // namespace

std::string_view FamilySituationCode(FamilySituation f) {
  for (const auto& e : kFamily) {
    if (e.value == f) return e.code;
  }
  return "";
}

std::string_view FamilySituationLabel(FamilySituation f) {
  for (const auto& e : kFamily) {
    if (e.value == f) return e.label;
  }
  return "";
}

std::optional<FamilySituation> ParseFamilySituation(std::string_view code) {
  for (const auto& e : kFamily) {
    if (e.code == code) return e.value;
  }
  return std::nullopt;
}

const std::vector<FamilySituation>& AllFamilySituations() {
  static const std::vector<FamilySituation> all{
      FamilySituation::kSeulSansEnfant, FamilySituation::kSeulAvecEnfants,
      FamilySituation::kCoupleSansEnfant, FamilySituation::kCoupleAvecEnfants};
  return all;
}

bool InDdPopulation(const PersonFacts& p, Date date) {
  return IsInDdPopulationAsOf(p.rights, date);
}

std::optional<Date> LatestDdEntry(const PersonFacts& p, Date date) {
  std::optional<Date> latest;
  for (const auto& period : DdPeriods(p.rights)) {
    if (period.entered_on <= date) latest = period.entered_on;
  }
  return latest;
}

const OrientationFact* OrientationAt(const PersonFacts& p, Date date) {
  const OrientationFact* found = nullptr;
  for (const auto& o : p.orientations) {
    if (o.decided_on <= date) found = &o;
  }
  return found;
}

const OrientationFact* FirstOrientationBetween(const PersonFacts& p, Date since, Date date) {
  for (const auto& o : p.orientations) {
    if (o.decided_on >= since && o.decided_on <= date) return &o;
  }
  return nullptr;
}

const ReferentFact* ReferentAt(const PersonFacts& p, Date date) {
  const ReferentFact* found = nullptr;
  for (const auto& r : p.referents) {
    if (r.valid_from <= date && (!r.valid_to || date < *r.valid_to)) found = &r;
  }
  return found;
}

const ContractFact* ValidContractAt(const PersonFacts& p, Date date) {
  const ContractFact* found = nullptr;
  for (const auto& c : p.contracts) {
    if (!c.signed_on || *c.signed_on > date) continue;
    if (c.starts_on > date || c.ends_on < date) continue;
    if (c.closed_on && *c.closed_on <= date) continue;
    if (!found || c.starts_on >= found->starts_on) found = &c;
  }
  return found;
}

const ContractFact* FirstContractBetween(const PersonFacts& p, Date since, Date date) {
  const ContractFact* found = nullptr;
  for (const auto& c : p.contracts) {
    if (c.status == "brouillon") continue;
    const Date at = ContractDate(c);
    if (at < since || at > date) continue;
    if (!found || at < ContractDate(*found)) found = &c;
  }
  return found;
}

std::optional<FamilySituation> FamilySituationAt(const PersonFacts& p, Date date) {
  for (std::size_t i = 0; i < p.rights.size() && i < p.family.size(); ++i) {
    const auto& row = p.rights[i];
    if (row.valid_from <= date && (!row.valid_to || date < *row.valid_to)) return p.family[i];
  }
  return std::nullopt;
}

std::optional<int> AgeAt(const PersonFacts& p, Date date) {
  if (!p.birth_date) return std::nullopt;
  const std::chrono::year_month_day birth{*p.birth_date};
  const std::chrono::year_month_day at{date};
  int age = static_cast<int>(at.year()) - static_cast<int>(birth.year());
  if (std::pair{static_cast<unsigned>(at.month()), static_cast<unsigned>(at.day())} <
      std::pair{static_cast<unsigned>(birth.month()), static_cast<unsigned>(birth.day())}) {
    --age;
  }
  return age;
}

long DaysBetween(Date from, Date to) { return static_cast<long>((to - from).count()); }

}  // namespace pacte::stats
