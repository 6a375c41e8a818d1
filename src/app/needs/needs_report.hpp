#pragma once
// Use case: needs versus offer by territory and commune (issue 6), as DISCLOSED figures —
// what the pages, the API and the downloads show (domain/needs/needs_offer.hpp holds the
// definitions). Counts of persons go through stats::Disclose (one grid per theme: areas ×
// {fort, moyen} with their margins); a gap index or a fill rate is hidden with the counts it
// could reveal.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/config/settings.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "domain/common/error.hpp"
#include "domain/needs/needs_offer.hpp"
#include "domain/stats/disclosure.hpp"

namespace pacte::app {

struct NeedsRequest {
  std::optional<Date> date;                  // default: today
  std::optional<std::int64_t> territory_id;  // set: the communes of this territory too
};

// One area × theme, disclosed.
struct NeedsCell {
  stats::ShownCount fort;
  stats::ShownCount moyen;
  stats::ShownCount need;       // fort + moyen (the grid's row total)
  double places = 0;            // places shared to the area (estimate; not personal)
  long long actions = 0;        // actions accessible from the area
  std::optional<double> fill_rate;  // nullopt: no place offered, or hidden
  std::optional<double> gap;        // nullopt: non calculable, or hidden (gap_hidden)
  bool gap_hidden = false;
};

struct NeedsArea {
  std::string key;    // territory id, INSEE code, "" (no territory) or "departement"
  std::string label;  // French
  std::array<NeedsCell, needs::kThemeCount> themes{};
};

struct NeedsReport {
  Date date{};
  int year = 0;                 // of the places
  bool exact = false;           // exact figures (else aggregates with small counts hidden)
  bool territory_restricted = false;  // a chargé d'orientation: their territory only
  std::vector<NeedsArea> territories;  // by name; "Sans territoire connu" last when needed
  std::optional<NeedsArea> departement;  // absent when territory_restricted
  std::optional<NeedsArea> territory;    // the requested territory (its communes below)
  std::vector<NeedsArea> communes;       // the requested territory's communes, by name
};

// The dates an agent without exact figures may choose: 31 December of past years (from
// kFirstNeedsYear) and today, most recent first.
inline constexpr int kFirstNeedsYear = 2010;
std::vector<Date> FixedNeedsDates(Date today);

// Errors: kForbidden without StatsAction::kReadNeeds, or a chargé d'orientation asking for
// another territory than theirs; kInvalid (field "date") for a date in the future, before
// 2010 or — without exact figures — other than today or 31/12 of a past year; kNotFound
// (needs.territory_not_found) for an unknown territory. Records one audit event "stats.needs"
// (date, territory, exact) after the figures are read.
Result<NeedsReport> GetNeedsReport(Store& store, const Clock& clock, const Settings& settings,
                                   const Actor& actor, const NeedsRequest& request);

}  // namespace pacte::app
