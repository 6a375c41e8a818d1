#pragma once
// Port: the library of indicator definitions computed from pacte's own data (share of D&D
// persons oriented, orientation delays, contract coverage, entries into actions per objective,
// exits to employment…). The pact (app/pact) reads computed indicators through it; the
// statistics (app/stats/indicator_library) implement it on the person facts, computing every
// definition in one pass over the population per date, cached.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte::app {

struct IndicatorDefinitionInfo {
  std::string code;         // stable, stored in indicators.computed_by ("dd_orientes_part")
  std::string label;        // French ("Part des personnes soumises aux droits et devoirs…")
  std::string unit;         // "%", "jours", "personnes", "places"…
  bool higher_is_better = true;
  std::string description;  // the exact definition, shown under the indicator
};

struct ComputedValue {
  std::optional<double> value;  // nullopt: "non calculable" (empty population…)
  long long population = 0;     // persons (or places) the value is computed over
  std::string note;             // why it is not calculable, in French; empty otherwise
};

// Every definition's value at one date, by code.
using ComputedValues = std::map<std::string, ComputedValue>;

class IndicatorSource {
 public:
  virtual ~IndicatorSource() = default;
  virtual const std::vector<IndicatorDefinitionInfo>& Definitions() const = 0;
  // The values of every definition as known at the end of `as_of` (over the whole
  // département). Errors are storage failures only.
  virtual Result<ComputedValues> ValuesAt(Date as_of) = 0;
};

}  // namespace pacte::app
