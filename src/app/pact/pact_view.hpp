#pragma once
// Reading the pact (issue 6): the whole tree orientations → objectives → indicators, each
// indicator with its trajectory over the pact's years (target, expected value on the target
// path, measured or computed value) and its status (domain/pact/indicator_status.hpp).
//
// Computed indicators (computed_by = a definition code) take their values from the
// IndicatorSource: ValuesAt(31/12 of each past year of the pact, today for the current year),
// called once per date for all indicators; no source, an unknown code or an empty population
// gives "non calculable" with its reason. Entered indicators take the current (not superseded)
// measurement of each year.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/indicator_source.hpp"
#include "app/ports/pact_repository.hpp"
#include "app/ports/store.hpp"
#include "domain/pact/indicator_status.hpp"

namespace pacte::app {

struct IndicatorYear {
  int year = 0;
  std::optional<double> target;
  std::optional<double> expected;  // on the target path
  std::optional<double> value;     // measured or computed
  std::string note;                // why a computed value is missing ("" otherwise)
  std::optional<MeasurementRecord> measurement;  // entered indicators
};

struct IndicatorView {
  IndicatorRecord record;
  std::optional<IndicatorDefinitionInfo> definition;  // computed indicators, when known
  std::vector<IndicatorYear> years;                   // every year of the pact
  std::optional<LatestValue> latest;
  IndicatorStatus status = IndicatorStatus::kNonCalculable;
  std::string status_note;  // why "non calculable", in French

  TargetPath Path() const;
  bool IsComputed() const { return record.fields.computed_by.has_value(); }
};

struct ObjectiveView {
  ObjectiveRecord record;
  std::vector<IndicatorView> indicators;
  std::vector<CommitmentRecord> commitments;
  bool can_update = false;  // the actor may enter measurements and edit commitments
};

struct OrientationView {
  PactOrientationRecord record;
  std::vector<ObjectiveView> objectives;
};

struct PactView {
  PactRecord pact;
  std::vector<SignatoryRecord> signatories;
  std::vector<OrientationView> orientations;
  std::vector<CommitmentRecord> general_commitments;  // not tied to an objective
  int current_year = 0;
  bool can_manage = false;
  bool can_comment = false;
};

// The current pact (or `pact_id`). Errors: kForbidden (PactAction::kRead), kNotFound
// "pact.not_found" ("Aucun pacte n'est encore enregistré."); the source's storage errors.
// Not audited: the pact holds no personal data.
Result<PactView> GetPact(Store& store, const Clock& clock, const Actor& actor,
                         IndicatorSource* source,
                         std::optional<std::int64_t> pact_id = std::nullopt);

// The objective `id` of `view`; nullptr when absent.
const ObjectiveView* FindObjective(const PactView& view, std::int64_t id);
const IndicatorView* FindIndicator(const PactView& view, std::int64_t id);

// The date a computed indicator is read at for `year`: 31/12/year, or `today` for the
// current year; nullopt for a year not begun.
std::optional<Date> ComputationDate(int year, Date today);

}  // namespace pacte::app
