#include "app/needs/needs_figures.hpp"

#include <unordered_map>

#include "app/ports/needs_repository.hpp"
#include "app/ports/offer_figures_repository.hpp"
#include "app/ports/stats_facts_repository.hpp"  // EndOfDay
#include "app/ports/territory_repository.hpp"
#include "domain/needs/theme_mapping.hpp"

namespace pacte::app {
namespace {

int YearOf(Date d) { return static_cast<int>(std::chrono::year_month_day{d}.year()); }

std::unordered_map<std::int64_t, needs::PersonNeed> RatingsByPerson(UnitOfWork& uow, Date date) {
  std::unordered_map<std::int64_t, needs::PersonNeed> out;
  for (const auto& r : uow.Needs().LatestRatings(date)) {
    auto theme = ParseBarrierTheme(r.theme);
    auto impact = ParseBarrierImpact(r.impact);
    if (theme && impact) out[r.person_id].barriers.emplace_back(*theme, *impact);
  }
  return out;
}

void AddActions(UnitOfWork& uow, Date date, needs::NeedsOfferBuilder& builder) {
  std::unordered_map<std::int64_t, ActionFill> fills;
  for (auto& f : uow.OfferFigures().ActionFills({std::nullopt, YearOf(date)})) {
    fills.emplace(f.action_id, std::move(f));
  }
  for (const auto& reach : uow.Needs().ActionReaches()) {
    auto fill = fills.find(reach.action_id);
    if (fill == fills.end()) continue;  // nothing offered nor used that year
    needs::OfferedAction a;
    a.id = reach.action_id;
    a.commune_code = reach.commune_code;
    a.zone_communes = reach.zone_communes;
    for (const auto& t : reach.zone_territories) a.zone_territories.push_back(std::stoll(t));
    a.zone_departement = reach.zone_wide;
    a.themes = needs::ThemesOfAction(reach.barriers, reach.thematiques,
                                     reach.objective.value_or(""));
    a.places = fill->second.places;
    a.used = fill->second.used;
    if (!a.themes.empty()) builder.AddAction(std::move(a));
  }
}

}  // namespace

NeedsInputs ReadNeedsFigures(UnitOfWork& uow, Date date) {
  NeedsInputs in;
  needs::Geography geo;
  for (const auto& c : uow.Territory().ListCommunes({})) {
    geo.commune_territory[c.insee_code] = c.territory_id;
    in.commune_names[c.insee_code] = c.name;
  }
  in.commune_territory = geo.commune_territory;
  for (const auto& t : uow.Territory().ListTerritoryChoices()) in.territory_names[t.id] = t.name;
  needs::NeedsOfferBuilder builder(std::move(geo));
  auto ratings = RatingsByPerson(uow, date);
  for (const auto& p : uow.Needs().PersonsWithRatings(date, EndOfDay(date))) {
    auto it = ratings.find(p.person_id);
    if (it == ratings.end() || !IsInDdPopulationAsOf(p.rights, date)) continue;
    it->second.commune_code = p.commune_code;
    it->second.territory_id = p.territory_id;
    builder.AddPerson(it->second);
  }
  AddActions(uow, date, builder);
  in.figures = builder.Build();
  return in;
}

std::vector<NeedsArea> DiscloseAreas(const std::vector<std::pair<std::string, std::string>>& keys,
                                     const std::vector<const needs::AreaFigures*>& figures,
                                     const stats::DisclosureRule& rule,
                                     std::optional<NeedsArea>* grand_total) {
  std::vector<NeedsArea> out;
  for (const auto& [key, label] : keys) out.push_back(NeedsArea{key, label, {}});
  if (grand_total) *grand_total = NeedsArea{"departement", "Département", {}};
  for (std::size_t i = 0; i < needs::kThemeCount; ++i) {
    stats::CountTable grid;
    grid.column_labels = {"Impact fort", "Impact moyen"};
    for (std::size_t r = 0; r < keys.size(); ++r) {
      const auto& f = figures[r]->at(i);
      grid.row_labels.push_back(keys[r].second);
      grid.cells.push_back({f.fort, f.moyen});
    }
    const auto shown = stats::Disclose(grid, rule);
    for (std::size_t r = 0; r < keys.size(); ++r) {
      const auto& f = figures[r]->at(i);
      NeedsCell& cell = out[r].themes.at(i);
      cell.fort = shown.cells[r][0];
      cell.moyen = shown.cells[r][1];
      cell.need = shown.row_totals[r];
      cell.places = f.places;
      cell.actions = f.actions;
      cell.fill_rate = stats::DisclosedRate(f.accessible_used, f.accessible_places, rule);
      cell.gap_hidden = cell.need.Hidden();
      cell.gap = cell.gap_hidden ? std::nullopt : f.Gap();
    }
    if (grand_total) {
      NeedsCell& total = (*grand_total)->themes.at(i);
      total.fort = shown.column_totals[0];
      total.moyen = shown.column_totals[1];
      total.need = shown.total;
    }
  }
  return out;
}

}  // namespace pacte::app
