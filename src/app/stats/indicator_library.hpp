#pragma once
// The library of computed indicator definitions (app::IndicatorSource): the person-based
// definitions of domain/stats/indicator_definitions.hpp, computed in one pass over the
// population as known at the end of the date, plus the offer's places_offertes (places of the
// non-cancelled sessions starting in the year of the date; an action's capacity when it has
// no session) and taux_remplissage (places taken by accepted or entered prescriptions / places
// offered, in %; "non calculable" when no place is offered). Offer figures are today's
// state of the catalogue for that year.
//
// One per server (thread-safe); values are cached per date ([stats] cache_seconds, a day for
// past dates). Exact figures over the whole département: the pact's indicators are the
// partners' shared figures, not personal data.

#include "app/config/settings.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/indicator_source.hpp"
#include "app/ports/store.hpp"
#include "app/stats/dashboard_cache.hpp"

namespace pacte::app {

class IndicatorLibrary final : public IndicatorSource {
 public:
  IndicatorLibrary(Store& store, Clock& clock, const Settings& settings);
  const std::vector<IndicatorDefinitionInfo>& Definitions() const override;
  Result<ComputedValues> ValuesAt(Date as_of) override;
  // For the prewarming job: today's values recomputed (replacing the cached ones before they
  // expire), then the 31 December of the `years` previous years computed when missing — the
  // dates the pact's computed indicators ask for.
  void Prewarm(int years);

 private:
  ComputedValues Compute(Date as_of);
  Store& store_;
  Clock& clock_;
  const Settings& settings_;
  TimedCache<Date, ComputedValues> cache_;
};

}  // namespace pacte::app
