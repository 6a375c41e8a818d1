#pragma once
// Needs versus offer by territory and commune (pure; issue 6, "Besoins et offre").
//
// NEED of an area for a theme: the persons in the D&D population at the date whose latest
// diagnostic (made on or before the date) rates the theme `fort` or `moyen`; `sans_impact`
// does not count. A person counts once per theme (the stronger impact when a diagnostic rates
// a theme twice).
//
// OFFER of an area for a theme: the places offered in the year of the date by the published
// and archived actions addressing the theme (domain/needs/theme_mapping.hpp). Where an
// action's places go (its AREA, as a set of communes):
//   - its eligibility zones when it has some: a zone_commune code is that commune, a
//     zone_territory id every commune of the territory; a zone_departement, zone_epci or
//     zone_france code opens it to the whole département (communes are not mapped to EPCIs);
//   - without zones, the commune where it takes place; without zones nor commune, the whole
//     département.
// An action open to several communes (a territory, the whole département) SHARES its places
// among the communes of its area in proportion to their persons in need of the theme (equal
// shares when nobody there is in need), so the places of a département-wide action are
// counted once in the département and each territory receives the part matching its need.
// A territory's places are the sum of its communes' shares, so territory and commune figures
// agree. Places are therefore estimates with decimals ("places mobilisables").
//
// FILL RATE of an area for a theme: places used / places offered over the actions ACCESSIBLE
// from the area (whose area meets it), whole actions (FillRate of domain/offer/delay_stats).
//
// GAP INDEX (indice d'écart) of an area for a theme: the unmet share of the need,
//   max(0, 1 − places / persons in need), in [0, 1]: 1 = nobody in need has a place
//   (no place at all), 0 = there are at least as many places as persons in need;
//   0 when nobody is in need and places exist; "non calculable" (nullopt) when there is
//   neither need nor place. Never divides by zero.

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/beneficiary/barriers.hpp"

namespace pacte::needs {

inline constexpr std::size_t kThemeCount = 10;

// Index of a theme in the arrays below (the order of AllBarrierThemes()).
std::size_t ThemeIndex(BarrierTheme t);

std::optional<double> GapIndex(long long persons_in_need, double places);

// The figures of one area (commune, territory, département) for one theme.
struct ThemeFigures {
  long long fort = 0;   // persons in need, impact fort
  long long moyen = 0;  // persons in need, impact moyen
  double places = 0;    // places shared to the area (estimate)
  long long accessible_places = 0;  // whole places of the actions accessible from the area
  long long accessible_used = 0;    // places used in those actions
  long long actions = 0;            // actions accessible from the area

  long long Need() const { return fort + moyen; }
  std::optional<double> Gap() const { return GapIndex(Need(), places); }
  std::optional<double> FillRate() const;
};

using AreaFigures = std::array<ThemeFigures, kThemeCount>;

// The communes of the département and their territory.
struct Geography {
  std::map<std::string, std::optional<std::int64_t>> commune_territory;  // INSEE → territory
};

// One person of the D&D population at the date, with their barriers rated fort or moyen.
struct PersonNeed {
  std::optional<std::string> commune_code;
  std::optional<std::int64_t> territory_id;
  std::vector<std::pair<BarrierTheme, BarrierImpact>> barriers;
};

// One published or archived action with the places it offered in the year.
struct OfferedAction {
  std::int64_t id = 0;
  std::optional<std::string> commune_code;    // where it takes place
  std::vector<std::string> zone_communes;     // zone_commune codes
  std::vector<std::int64_t> zone_territories; // zone_territory ids
  bool zone_departement = false;              // zone_departement, zone_epci or zone_france
  std::vector<BarrierTheme> themes;           // ThemesOfAction
  long long places = 0;
  long long used = 0;
};

struct NeedsOffer {
  std::map<std::string, AreaFigures> communes;        // every commune of the geography
  std::map<std::int64_t, AreaFigures> territories;    // every territory of a commune
  AreaFigures without_territory{};  // persons living in no known territory (need only)
  AreaFigures departement{};        // every person; every action once (whole places)
};

// The communes (INSEE codes, sorted) an action's places go to (see the header comment);
// empty when none of them is in the geography.
std::vector<std::string> AreaOf(const OfferedAction& action, const Geography& geo);

// Accumulates persons, then actions; Build shares the places.
class NeedsOfferBuilder {
 public:
  explicit NeedsOfferBuilder(Geography geo);
  void AddPerson(const PersonNeed& person);
  void AddAction(OfferedAction action);
  NeedsOffer Build() const;

 private:
  void ShareAction(const OfferedAction& action, NeedsOffer& out) const;

  Geography geo_;
  NeedsOffer needs_;
  std::vector<OfferedAction> actions_;
};

}  // namespace pacte::needs
