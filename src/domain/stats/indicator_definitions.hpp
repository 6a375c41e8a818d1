#pragma once
// The computed indicators of the pact (package A reads them through app::IndicatorSource):
// the person-based definitions, computed in one streaming pass over the population as known
// at a date. "The year" is the calendar year of as_of, from 1 January to as_of.
//
//   dd_orientes_part         persons in D&D at as_of (InDdPopulation) with an orientation in
//                            force (OrientationAt), in % of the persons in D&D;
//   delai_orientation_moyen  mean / median days from the latest D&D entry to the first
//   delai_orientation_median orientation decided on or after it, over the persons whose that
//                            orientation was decided during the year;
//   contrat_valide_part      persons in D&D and oriented at as_of with a valid contract
//                            (ValidContractAt), in % of them;
//   referent_part            persons in D&D and oriented at as_of with an active référent
//                            (ReferentAt), in % of them;
//   entrees_actions_<objective>  entries into actions of that PDI-RE objective during the
//                            year (one per prescription entered);
//   sorties_emploi           persons with a parcours exit to employment during the year
//                            (IsExitToEmployment).
// Places offered and the fill rate (places_offertes, taux_remplissage) are figures of the
// offer, added by app/stats/indicator_library from the sessions of the year.
// A share or a delay over an empty population has no value and a French "non calculable"
// note; counts are always calculable (0 is a value).

#include <map>
#include <optional>
#include <string>

#include "domain/stats/distribution.hpp"
#include "domain/stats/person_facts.hpp"

namespace pacte::stats {

struct IndicatorFigure {
  std::optional<double> value;
  long long population = 0;
  std::string note;  // "non calculable : …" when value is absent
};

// The person-based definitions' codes, in display order.
const std::vector<std::string>& PersonIndicatorCodes();

class IndicatorAccumulator {
 public:
  explicit IndicatorAccumulator(Date as_of);
  void Add(const PersonFacts& p);
  // code → figure, for every code of PersonIndicatorCodes().
  std::map<std::string, IndicatorFigure> Finish() const;

 private:
  Date as_of_;
  Date year_start_;
  long long dd_ = 0;
  long long dd_oriented_ = 0;
  long long with_contract_ = 0;
  long long with_referent_ = 0;
  long long exits_to_employment_ = 0;
  DelayAccumulator orientation_delays_;
  std::map<std::string, long long> entries_;  // objective code → entries
};

}  // namespace pacte::stats
