#include "domain/needs/needs_offer.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "domain/offer/delay_stats.hpp"

namespace pacte::needs {
namespace {

void AddAccessible(ThemeFigures& f, const OfferedAction& a) {
  f.accessible_places += a.places;
  f.accessible_used += a.used;
  ++f.actions;
}

void CountNeed(AreaFigures& area, std::size_t theme, BarrierImpact impact) {
  if (impact == BarrierImpact::kFort) ++area.at(theme).fort;
  if (impact == BarrierImpact::kMoyen) ++area.at(theme).moyen;
}

// The strongest impact per theme; sans_impact left out.
std::map<std::size_t, BarrierImpact> StrongestImpacts(const PersonNeed& person) {
  std::map<std::size_t, BarrierImpact> out;
  for (const auto& [theme, impact] : person.barriers) {
    if (impact == BarrierImpact::kSansImpact) continue;
    auto [it, inserted] = out.emplace(ThemeIndex(theme), impact);
    if (!inserted && impact == BarrierImpact::kFort) it->second = impact;
  }
  return out;
}

}  // namespace

std::size_t ThemeIndex(BarrierTheme t) { return static_cast<std::size_t>(t); }

std::optional<double> GapIndex(long long persons_in_need, double places) {
  if (persons_in_need <= 0) {
    if (places > 0) return 0.0;
    return std::nullopt;
  }
  return std::max(0.0, 1.0 - places / static_cast<double>(persons_in_need));
}

std::optional<double> ThemeFigures::FillRate() const {
  return pacte::FillRate(accessible_used, accessible_places);
}

std::vector<std::string> AreaOf(const OfferedAction& action, const Geography& geo) {
  std::set<std::string> area;
  const bool has_zones = action.zone_departement || !action.zone_communes.empty() ||
                         !action.zone_territories.empty();
  const bool whole = action.zone_departement || (!has_zones && !action.commune_code);
  for (const auto& [insee, territory] : geo.commune_territory) {
    const bool in_territory =
        territory && std::find(action.zone_territories.begin(), action.zone_territories.end(),
                               *territory) != action.zone_territories.end();
    const bool named = std::find(action.zone_communes.begin(), action.zone_communes.end(),
                                 insee) != action.zone_communes.end();
    const bool place = !has_zones && action.commune_code == insee;
    if (whole || in_territory || named || place) area.insert(insee);
  }
  return {area.begin(), area.end()};
}

NeedsOfferBuilder::NeedsOfferBuilder(Geography geo) : geo_(std::move(geo)) {
  for (const auto& [insee, territory] : geo_.commune_territory) {
    needs_.communes[insee] = AreaFigures{};
    if (territory) needs_.territories[*territory] = AreaFigures{};
  }
}

void NeedsOfferBuilder::AddPerson(const PersonNeed& person) {
  const auto impacts = StrongestImpacts(person);
  if (impacts.empty()) return;
  AreaFigures* commune = nullptr;
  if (person.commune_code) {
    auto it = needs_.communes.find(*person.commune_code);
    if (it != needs_.communes.end()) commune = &it->second;
  }
  AreaFigures* territory = &needs_.without_territory;
  if (person.territory_id) {
    auto it = needs_.territories.find(*person.territory_id);
    if (it != needs_.territories.end()) territory = &it->second;
  }
  for (const auto& [theme, impact] : impacts) {
    CountNeed(needs_.departement, theme, impact);
    CountNeed(*territory, theme, impact);
    if (commune) CountNeed(*commune, theme, impact);
  }
}

void NeedsOfferBuilder::AddAction(OfferedAction action) { actions_.push_back(std::move(action)); }

NeedsOffer NeedsOfferBuilder::Build() const {
  NeedsOffer out = needs_;
  for (const auto& action : actions_) ShareAction(action, out);
  return out;
}

void NeedsOfferBuilder::ShareAction(const OfferedAction& action, NeedsOffer& out) const {
  const auto area = AreaOf(action, geo_);
  if (area.empty()) return;
  std::set<std::int64_t> territories;
  for (const auto& insee : area) {
    if (auto t = geo_.commune_territory.at(insee)) territories.insert(*t);
  }
  for (BarrierTheme theme : action.themes) {
    const std::size_t i = ThemeIndex(theme);
    long long need = 0;
    for (const auto& insee : area) need += out.communes.at(insee).at(i).Need();
    for (const auto& insee : area) {
      ThemeFigures& f = out.communes.at(insee).at(i);
      const double weight = need > 0 ? static_cast<double>(f.Need()) / static_cast<double>(need)
                                     : 1.0 / static_cast<double>(area.size());
      const double share = static_cast<double>(action.places) * weight;
      f.places += share;
      AddAccessible(f, action);
      if (auto t = geo_.commune_territory.at(insee)) out.territories.at(*t).at(i).places += share;
    }
    for (std::int64_t t : territories) AddAccessible(out.territories.at(t).at(i), action);
    out.departement.at(i).places += static_cast<double>(action.places);
    AddAccessible(out.departement.at(i), action);
  }
}

}  // namespace pacte::needs
