#include "app/needs/needs_report.hpp"

#include <algorithm>

#include "app/audit/record_audit.hpp"
#include "app/needs/needs_figures.hpp"
#include "app/policies/stats_policy.hpp"
#include "app/ports/territory_repository.hpp"
#include "domain/common/text.hpp"

namespace pacte::app {
namespace {

using Keys = std::vector<std::pair<std::string, std::string>>;

int YearOf(Date d) { return static_cast<int>(std::chrono::year_month_day{d}.year()); }

bool IsYearEnd(Date d) {
  std::chrono::year_month_day ymd{d};
  return ymd.month() == std::chrono::December && ymd.day() == std::chrono::day{31};
}

Status CheckDate(Date date, Date today, bool exact) {
  if (date > today) {
    return Fail(Error::Invalid("needs.future_date", "La date ne peut pas être dans le futur.",
                               "date"));
  }
  if (YearOf(date) < kFirstNeedsYear) {
    return Fail(Error::Invalid("needs.date_too_old",
                               "La date doit être postérieure au 1er janvier " +
                                   std::to_string(kFirstNeedsYear) + ".",
                               "date"));
  }
  if (!exact && date != today && !IsYearEnd(date)) {
    return Fail(Error::Invalid(
        "needs.date_not_offered",
        "Date non proposée : choisissez aujourd'hui ou le 31 décembre d'une année passée.",
        "date"));
  }
  return {};
}

// Names sorted by French label, ids as keys.
template <typename Id>
Keys SortedKeys(const std::vector<std::pair<Id, std::string>>& items) {
  Keys keys;
  for (const auto& [id, name] : items) {
    if constexpr (std::is_same_v<Id, std::string>) keys.emplace_back(id, name);
    else keys.emplace_back(std::to_string(id), name);
  }
  std::stable_sort(keys.begin(), keys.end(),
                   [](const auto& a, const auto& b) { return SearchKey(a.second) < SearchKey(b.second); });
  return keys;
}

void FillOffer(NeedsArea& area, const needs::AreaFigures& f, const stats::DisclosureRule& rule) {
  for (std::size_t i = 0; i < needs::kThemeCount; ++i) {
    NeedsCell& cell = area.themes.at(i);
    cell.places = f.at(i).places;
    cell.actions = f.at(i).actions;
    cell.fill_rate = stats::DisclosedRate(f.at(i).accessible_used, f.at(i).accessible_places, rule);
    cell.gap_hidden = cell.need.Hidden();
    cell.gap = cell.gap_hidden ? std::nullopt : f.at(i).Gap();
  }
}

// A count hidden in either of two grids showing the same value is hidden.
void HideAlsoHidden(NeedsArea& area, const NeedsArea& other) {
  for (std::size_t i = 0; i < needs::kThemeCount; ++i) {
    auto& c = area.themes.at(i);
    const auto& o = other.themes.at(i);
    for (auto [mine, theirs] : {std::pair{&c.fort, &o.fort}, {&c.moyen, &o.moyen},
                                {&c.need, &o.need}}) {
      if (theirs->Hidden()) *mine = *theirs;
    }
    if (c.need.Hidden()) {
      c.gap = std::nullopt;
      c.gap_hidden = true;
    }
  }
}

void AddTerritories(const NeedsInputs& in, const stats::DisclosureRule& rule,
                    std::optional<std::int64_t> only, NeedsReport& out) {
  std::vector<std::pair<std::int64_t, std::string>> items;
  for (const auto& [id, fig] : in.figures.territories) {
    if (only && id != *only) continue;
    auto name = in.territory_names.find(id);
    items.emplace_back(id, name == in.territory_names.end() ? std::to_string(id) : name->second);
  }
  Keys keys = SortedKeys(items);
  std::vector<const needs::AreaFigures*> figures;
  for (const auto& k : keys) figures.push_back(&in.figures.territories.at(std::stoll(k.first)));
  const auto& none = in.figures.without_territory;
  const bool with_none = !only && std::any_of(none.begin(), none.end(),
                                              [](const auto& t) { return t.Need() > 0; });
  if (with_none) {
    keys.emplace_back("", "Sans territoire connu");
    figures.push_back(&none);
  }
  std::optional<NeedsArea> total;
  out.territories = DiscloseAreas(keys, figures, rule, only ? nullptr : &total);
  if (total) {
    FillOffer(*total, in.figures.departement, rule);
    out.departement = std::move(total);
  }
}

void AddCommunes(const NeedsInputs& in, const stats::DisclosureRule& rule, std::int64_t territory,
                 NeedsReport& out) {
  std::vector<std::pair<std::string, std::string>> items;
  for (const auto& [insee, t] : in.commune_territory) {
    if (t == territory) items.emplace_back(insee, in.commune_names.at(insee));
  }
  const Keys keys = SortedKeys(items);
  std::vector<const needs::AreaFigures*> figures;
  for (const auto& k : keys) figures.push_back(&in.figures.communes.at(k.first));
  std::optional<NeedsArea> total;
  out.communes = DiscloseAreas(keys, figures, rule, &total);
  for (const auto& area : out.territories) {
    if (area.key != std::to_string(territory)) continue;
    out.territory = area;
    HideAlsoHidden(*out.territory, *total);
  }
}

}  // namespace

std::vector<Date> FixedNeedsDates(Date today) {
  std::vector<Date> out{today};
  for (int y = YearOf(today) - 1; y >= kFirstNeedsYear; --y) {
    out.push_back(std::chrono::sys_days{std::chrono::year{y} / std::chrono::December / 31});
  }
  return out;
}

Result<NeedsReport> GetNeedsReport(Store& store, const Clock& clock, const Settings& settings,
                                   const Actor& actor, const NeedsRequest& request) {
  if (auto ok = Authorize(actor, StatsAction::kReadNeeds); !ok) return Fail(ok.error());
  const auto rule = DisclosureFor(actor, settings);
  const auto restriction = StatsTerritoryRestriction(actor);
  if (restriction && request.territory_id && *request.territory_id != *restriction) {
    return Fail(Error::Forbidden("Vous ne voyez que les chiffres de votre territoire."));
  }
  const Date date = request.date.value_or(clock.Today());
  if (auto ok = CheckDate(date, clock.Today(), rule.exact); !ok) return Fail(ok.error());
  const auto territory = request.territory_id ? request.territory_id : restriction;
  auto report = Read(store, [&](UnitOfWork& uow) -> Result<NeedsReport> {
    if (request.territory_id && !uow.Territory().FindTerritory(*request.territory_id)) {
      return Fail(Error::NotFound("needs.territory_not_found", "Territoire introuvable."));
    }
    const auto in = ReadNeedsFigures(uow, date);
    NeedsReport out;
    out.date = date;
    out.year = YearOf(date);
    out.exact = rule.exact;
    out.territory_restricted = restriction.has_value();
    AddTerritories(in, rule, restriction, out);
    if (territory) AddCommunes(in, rule, *territory, out);
    return out;
  });
  if (!report) return report;
  Write(store, [&](UnitOfWork& uow) -> Status {
    RecordAudit(uow, clock, actor, "stats.needs", "needs",
                territory ? std::to_string(*territory) : "departement",
                {{"date", FormatIsoDate(date)}, {"exact", rule.exact}});
    return {};
  });
  return report;
}

}  // namespace pacte::app
