#pragma once
// The figures of the offer (page /offre/chiffres): fill rates per action, objective and
// territory; prescriptions by status; delays from prescription to answer and to entry (mean
// and median). Operators see the figures of their own actions only.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/policies/actor.hpp"
#include "app/ports/offer_figures_repository.hpp"
#include "app/ports/store.hpp"
#include "domain/common/error.hpp"
#include "domain/offer/delay_stats.hpp"

namespace pacte::app {

// Places offered and used by a group of actions (an objective, a territory, all).
struct FillGroup {
  std::string code;   // objective code, territory id, "" for none / the total
  std::string label;  // French
  std::int64_t actions = 0;
  std::int64_t places = 0;
  std::int64_t used = 0;
  std::optional<double> rate;  // used / places; nullopt when no place is offered
};

struct OfferFigures {
  std::optional<int> year;
  std::optional<std::int64_t> structure_id;  // set when restricted to one operator
  std::vector<ActionFill> actions;           // by name
  std::vector<FillGroup> by_objective;       // the six objectives in PDI-RE order, then none
  std::vector<FillGroup> by_territory;       // by name, "Sans territoire" last
  FillGroup total;
  std::vector<StatusCount> by_status;        // every status in life-cycle order, zeros too
  std::int64_t prescriptions = 0;
  DelayStats to_answer;  // calendar days, prescription → acceptance or refusal
  DelayStats to_entry;   // calendar days, prescription → entry
};

// Errors: kForbidden without OfferAction::kReadOfferFigures; kInvalid (field year) for a
// year outside 2000–2100. Aggregates only: not audited.
Result<OfferFigures> GetOfferFigures(Store& store, const Actor& actor, std::optional<int> year);

// French label of a prescription status ("En attente", "Acceptée"…); the code when unknown.
std::string PrescriptionStatusLabel(const std::string& status);

// Groups action fills (pure): by objective and by territory, and the total.
void GroupFills(OfferFigures& figures);

}  // namespace pacte::app
