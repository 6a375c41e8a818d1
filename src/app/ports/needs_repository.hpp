#pragma once
// Port: needs versus offer by territory (persons with each barrier theme at `fort` or `moyen`
// impact in their latest diagnostic, places offered by actions addressing the theme, their
// use), aggregated by territory and commune (domain/needs/needs_offer.hpp). The places and
// uses of each action come from OfferFiguresRepository::ActionFills (the offer figures' rule);
// this port gives what locates the needs and the actions.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/beneficiary/rights.hpp"
#include "domain/common/time.hpp"

namespace pacte::app {

// One theme rated `fort` or `moyen` in a person's latest diagnostic.
struct BarrierRating {
  std::int64_t person_id = 0;
  std::string theme;   // a BarrierTheme code (unknown codes are kept as stored)
  std::string impact;  // "fort" or "moyen"
};

// Where a published or archived action is open and what it addresses (action_codes lists).
struct ActionReach {
  std::int64_t action_id = 0;
  std::optional<std::string> commune_code;  // where it takes place
  std::optional<std::string> objective;
  std::vector<std::string> barriers;
  std::vector<std::string> thematiques;
  std::vector<std::string> zone_communes;
  std::vector<std::string> zone_territories;  // territory ids as text
  bool zone_wide = false;  // a zone_departement, zone_epci or zone_france code
};

// A person who may be in need at a date: where they live (as the statistics' facts say:
// commune and territory of today) and their rights history as known at a date.
struct NeedsPerson {
  std::int64_t person_id = 0;
  std::optional<std::string> commune_code;
  std::optional<std::int64_t> territory_id;
  RightsHistory rights;
};

class NeedsRepository {
 public:
  virtual ~NeedsRepository() = default;
  // The fort / moyen ratings of each person's latest diagnostic made on or before `as_of`
  // (latest = greatest made_on, then greatest id), ordered by person id. Persons whose
  // latest diagnostic rates nothing fort or moyen have no row.
  virtual std::vector<BarrierRating> LatestRatings(Date as_of) = 0;
  // Every person with a diagnostic made on or before `as_of` rating a theme fort or moyen,
  // with the rights rows the statistics' facts read (StatsFactsRepository: valid from on or
  // before as_of, recorded at or before known_at, not superseded by then; valid_to chained),
  // by person id. Persons without such rights rows are left out (not beneficiaries). One
  // pass instead of the full facts stream: the D&D population is then decided by the same
  // IsInDdPopulationAsOf as stats::InDdPopulation (tests/storage/needs_dbtest.cpp compares).
  virtual std::vector<NeedsPerson> PersonsWithRatings(Date as_of, Timestamp known_at) = 0;
  // Every published or archived action, by id.
  virtual std::vector<ActionReach> ActionReaches() = 0;
};

}  // namespace pacte::app
