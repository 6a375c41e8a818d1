#include "domain/stats/dashboard.hpp"

#include <algorithm>
#include <array>

namespace pacte::stats {
namespace {

constexpr std::array<std::pair<GroupBy, std::string_view>, 7> kGroups{{
    {GroupBy::kNone, "aucun"},
    {GroupBy::kTerritory, "territoire"},
    {GroupBy::kCommune, "commune"},
    {GroupBy::kStructure, "structure"},
    {GroupBy::kReferent, "referent"},
    {GroupBy::kYear, "annee"},
    {GroupBy::kMonth, "mois"},
}};

Date LastDayOfMonth(std::chrono::year_month ym) {
  return Date{std::chrono::year_month_day_last{ym.year(), std::chrono::month_day_last{ym.month()}}};
}

}  // namespace

std::string_view GroupByCode(GroupBy g) {
  for (const auto& [value, code] : kGroups) {
    if (value == g) return code;
  }
  return "aucun";
}

std::optional<GroupBy> ParseGroupBy(std::string_view code) {
  for (const auto& [value, c] : kGroups) {
    if (c == code) return value;
  }
  return std::nullopt;
}

std::string GroupKey(const PersonFacts& p, const Journey& j, GroupBy g) {
  switch (g) {
    case GroupBy::kNone:
      return "";
    case GroupBy::kTerritory:
      return p.territory_id ? std::to_string(*p.territory_id) : "";
    case GroupBy::kCommune:
      return p.commune_code.value_or("");
    case GroupBy::kStructure:
      return j.orientation ? std::to_string(j.orientation->structure_id) : "";
    case GroupBy::kReferent:
      return j.referent ? std::to_string(j.referent->agent_id) : "";
    case GroupBy::kYear:
      return j.entry ? FormatIsoDate(*j.entry).substr(0, 4) : "";
    case GroupBy::kMonth:
      return j.entry ? FormatIsoDate(*j.entry).substr(0, 7) : "";
  }
  return "";
}

std::vector<Date> MonthEndsBefore(Date as_of, int count) {
  const std::chrono::year_month_day ymd{as_of};
  std::chrono::year_month ym{ymd.year(), ymd.month()};
  if (LastDayOfMonth(ym) > as_of) ym -= std::chrono::months{1};
  std::vector<Date> ends(static_cast<std::size_t>(std::max(count, 0)));
  for (auto it = ends.rbegin(); it != ends.rend(); ++it) {
    *it = LastDayOfMonth(ym);
    ym -= std::chrono::months{1};
  }
  return ends;
}

DashboardAccumulator::DashboardAccumulator(Date as_of, GroupBy group, int months)
    : year_(YearEndingAt(as_of)) {
  f_.as_of = as_of;
  f_.group = group;
  for (Date d : MonthEndsBefore(as_of, months)) f_.trend.push_back(TrendPoint{d});
}

void DashboardAccumulator::AddToGroup(GroupFigures& g, const PersonFacts& p, const Journey& j,
                                      bool dd_now) {
  for (int s = 0; s < j.reached; ++s) ++g.funnel[static_cast<std::size_t>(s)];
  if (j.reached > 0) {
    if (j.entry_to_orientation) g.entry_to_orientation.Add(*j.entry_to_orientation);
    if (j.orientation_to_referent) g.orientation_to_referent.Add(*j.orientation_to_referent);
    if (j.orientation_to_contract) g.orientation_to_contract.Add(*j.orientation_to_contract);
    for (long d : j.prescription_to_entry) g.prescription_to_entry.Add(d);
  }
  if (dd_now && j.orientation) {
    ++g.oriented_now;
    if (ValidContractAt(p, f_.as_of)) ++g.with_contract_now;
  }
  for (const auto& e : p.exits) {
    if (year_.Contains(e.exited_on)) ++g.exits[e.reason];
  }
}

void DashboardAccumulator::AddTrend(const PersonFacts& p) {
  for (auto& point : f_.trend) {
    if (!InDdPopulation(p, point.month_end)) continue;
    ++point.dd;
    if (OrientationAt(p, point.month_end)) {
      ++point.oriented;
      if (ValidContractAt(p, point.month_end)) ++point.with_contract;
    }
  }
}

void DashboardAccumulator::Add(const PersonFacts& p) {
  ++f_.persons;
  const Journey j = JourneyAt(p, f_.as_of);
  const bool dd_now = InDdPopulation(p, f_.as_of);
  AddToGroup(f_.total, p, j, dd_now);
  const bool exit_in_year = std::any_of(p.exits.begin(), p.exits.end(), [&](const ExitFact& e) {
    return year_.Contains(e.exited_on);
  });
  if (f_.group != GroupBy::kNone && (j.reached > 0 || dd_now || exit_in_year)) {
    AddToGroup(f_.groups[GroupKey(p, j, f_.group)], p, j, dd_now);
  }
  if (dd_now) {
    auto& commune = f_.communes[p.commune_code.value_or("")];
    ++commune[0];
    if (j.orientation) {
      ++commune[1];
      ++f_.orientation_mix[{j.orientation->drees_category, j.orientation->parcours}];
    }
  }
  for (const auto& rx : p.prescriptions) {
    if (!year_.Contains(rx.prescribed_on)) continue;
    auto& row = f_.prescriptions[rx.objective];
    ++row[rx.entered_on ? 0 : rx.refused ? 1 : 2];
  }
  AddTrend(p);
}

namespace {
void Seal(GroupFigures& g) {
  g.entry_to_orientation.Seal();
  g.orientation_to_referent.Seal();
  g.orientation_to_contract.Seal();
  g.prescription_to_entry.Seal();
}
}  // namespace

DashboardFigures DashboardAccumulator::Finish() && {
  Seal(f_.total);
  for (auto& [key, g] : f_.groups) Seal(g);
  return std::move(f_);
}

}  // namespace pacte::stats
