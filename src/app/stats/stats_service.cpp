#include "app/stats/stats_service.hpp"

#include <algorithm>
#include <set>

#include "app/policies/stats_policy.hpp"
#include "app/ports/agent_repository.hpp"
#include "app/ports/offer_figures_repository.hpp"
#include "app/ports/stats_facts_repository.hpp"
#include "app/ports/structure_repository.hpp"
#include "app/ports/territory_repository.hpp"
#include "app/ports/unit_of_work.hpp"

namespace pacte::app {
namespace {

void ResolveLabels(UnitOfWork& uow, DashboardComputation& c) {
  for (const auto& commune : uow.Territory().ListCommuneChoices()) {
    c.commune_names[commune.insee_code] = commune.name;
  }
  const auto group = c.figures.group;
  if (group == stats::GroupBy::kTerritory) {
    for (const auto& t : uow.Territory().ListTerritoryChoices()) {
      c.group_labels[std::to_string(t.id)] = t.name;
    }
  } else if (group == stats::GroupBy::kCommune) {
    c.group_labels = c.commune_names;
  } else if (group == stats::GroupBy::kStructure || group == stats::GroupBy::kReferent) {
    for (const auto& [key, figures] : c.figures.groups) {
      if (key.empty()) continue;
      const std::int64_t id = std::stoll(key);
      if (group == stats::GroupBy::kStructure) {
        if (auto s = uow.Structures().Find(id)) c.group_labels[key] = s->fields.name;
      } else if (auto a = uow.Agents().Find(id)) {
        c.group_labels[key] = a->first_name + " " + a->last_name;
      }
    }
  } else if (group == stats::GroupBy::kMonth) {
    for (const auto& [key, figures] : c.figures.groups) {
      if (key.size() == 7) c.group_labels[key] = key.substr(5, 2) + "/" + key.substr(0, 4);
    }
  }
}

void OfferOfYear(UnitOfWork& uow, Date as_of, std::optional<std::int64_t> territory,
                 OfferFigures& offer) {
  const int year = static_cast<int>(std::chrono::year_month_day{as_of}.year());
  offer.year = year;
  offer.actions = uow.OfferFigures().ActionFills(OfferFiguresFilter{std::nullopt, year});
  if (territory) {
    std::erase_if(offer.actions, [&](const ActionFill& a) { return a.territory_id != territory; });
  }
  GroupFills(offer);
}

Error DateError(std::string message) { return Error::Invalid("stats.date", std::move(message), "date"); }

}  // namespace

StatsService::StatsService(Store& store, Clock& clock, const Settings& settings)
    : store_(store), clock_(clock), settings_(settings) {}

std::vector<Date> StatsService::FixedDates() const {
  const Date today = DateOf(clock_.Now());
  std::vector<Date> dates{today};
  const auto year = std::chrono::year_month_day{today}.year();
  for (int back = 1; back <= 10; ++back) {
    dates.push_back(Date{(year - std::chrono::years{back}) / std::chrono::December / 31});
  }
  return dates;
}

bool StatsService::ChoosesAnyDate(const Actor& actor) const {
  return DisclosureFor(actor, settings_).exact;
}

std::vector<stats::GroupBy> StatsService::Groupings(const Actor& actor) const {
  using stats::GroupBy;
  std::vector<GroupBy> out{GroupBy::kTerritory, GroupBy::kCommune, GroupBy::kStructure};
  if (IsAllowed(actor, StatsAction::kBreakDownByReferent)) out.push_back(GroupBy::kReferent);
  out.insert(out.end(), {GroupBy::kYear, GroupBy::kMonth, GroupBy::kNone});
  return out;
}

DashboardComputation StatsService::ComputeNow(Date as_of, std::optional<std::int64_t> territory,
                                              stats::GroupBy group) {
  return Read(store_, [&](UnitOfWork& uow) {
    stats::DashboardAccumulator acc(as_of, group);
    FactsQuery query;
    query.as_of = as_of;
    query.known_at = EndOfDay(as_of);
    query.territory_id = territory;
    uow.StatsFacts().ForEachPerson(query, [&](const stats::PersonFacts& p) { acc.Add(p); });
    DashboardComputation c;
    c.figures = std::move(acc).Finish();
    ResolveLabels(uow, c);
    OfferOfYear(uow, as_of, territory, c.offer);
    c.computed_at = clock_.Now();
    return c;
  });
}

std::shared_ptr<const DashboardComputation> StatsService::Compute(
    Date as_of, std::optional<std::int64_t> territory, stats::GroupBy group, bool refresh) {
  const Key key{as_of, territory.value_or(-1), static_cast<int>(group)};
  const Timestamp now = clock_.Now();
  if (!refresh) {
    if (auto cached = cache_.Find(key, now)) return *cached;
  }
  auto computed =
      std::make_shared<const DashboardComputation>(ComputeNow(as_of, territory, group));
  const auto life = CacheLifetime(as_of, now, settings_.stats_cache_seconds);
  if (life.count() > 0) cache_.Put(key, computed, now + life);
  return computed;
}

void StatsService::Prewarm() {
  const auto dates = FixedDates();
  // Today's figures are recomputed, replacing the cached ones before they expire; the last
  // 31 December's only when missing (they cannot change).
  for (std::size_t i = 0; i < dates.size() && i < 2; ++i) {
    (void)Compute(dates[i], std::nullopt, stats::GroupBy::kTerritory, i == 0);
  }
}

Result<DashboardView> StatsService::Dashboard(const Actor& actor, const DashboardRequest& r) {
  if (auto ok = Authorize(actor, StatsAction::kReadDashboards); !ok) return Fail(ok.error());
  if (r.group == stats::GroupBy::kReferent) {
    if (auto ok = Authorize(actor, StatsAction::kBreakDownByReferent); !ok) {
      return Fail(ok.error());
    }
  }
  const Date today = DateOf(clock_.Now());
  const Date as_of = r.as_of.value_or(today);
  if (as_of > today) return Fail(DateError("La date ne peut pas être postérieure à aujourd'hui."));
  const auto rule = DisclosureFor(actor, settings_);
  if (!rule.exact) {
    const auto fixed = FixedDates();
    if (std::find(fixed.begin(), fixed.end(), as_of) == fixed.end()) {
      return Fail(DateError(
          "Choisissez une des dates proposées : aujourd'hui ou le 31 décembre d'une année "
          "passée."));
    }
  }
  const auto territory = StatsTerritoryRestriction(actor);
  auto view = BuildDashboardView(*Compute(as_of, territory, r.group), rule);
  view.territory_id = territory;
  return view;
}

Result<DashboardView> StatsService::OpenData(Date as_of, std::optional<std::int64_t> territory,
                                             stats::GroupBy group) {
  const auto fixed = FixedDates();
  if (std::find(fixed.begin(), fixed.end(), as_of) == fixed.end()) {
    return Fail(DateError("Cette date ne fait pas partie des dates publiées."));
  }
  auto view = BuildDashboardView(*Compute(as_of, territory, group), OpenDataDisclosure(settings_));
  view.territory_id = territory;
  return view;
}

}  // namespace pacte::app
