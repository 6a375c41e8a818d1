#pragma once
// Template data of the pact pages (templates/pact_*.mustache): numbers in French, statuses as
// text badges, trajectories as tables and as small inline SVG charts with a text alternative.

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "app/pact/pact_reading.hpp"
#include "app/pact/pact_view.hpp"
#include "domain/common/error.hpp"

namespace pacte::web {

// "12,5" (at most two decimals), "—" when absent.
std::string PactNumber(const std::optional<double>& v);

// The sparkline of an indicator: {points, target_points, width, height, label} where points
// are "x,y x,y" for the values and the target path; label reads every year's value.
nlohmann::json SparklineJson(const app::IndicatorView& i);

// Everything a page shows of an indicator: name, unit, direction, status {code, label},
// latest, definition (computed), years [{year, target, expected, value, note}], sparkline,
// measure form data when `can_update` (years up to the current year); `errors` are the field
// errors of a refused measurement for this indicator.
nlohmann::json IndicatorJson(const app::IndicatorView& i, const app::PactView& pact,
                             bool can_update, const nlohmann::json& errors = nullptr,
                             const std::string& back = "");

// {id, title, href, description, period, pilots, indicators, commitments, can_update}
nlohmann::json ObjectiveJson(const app::ObjectiveView& o, const app::PactView& pact,
                             const std::string& back = "");

// {id, name, period, status, adopted_on, signatories, orientations[{label, objectives}],
//  general_commitments, counts by status}
nlohmann::json PactJson(const app::PactView& view);

std::string ObjectiveHref(std::int64_t id);

// Removes, recursively, the object members that are empty strings: the template engine
// treats "" as true, so an empty optional text must be absent for {{#key}} to skip it.
nlohmann::json DropEmpty(nlohmann::json data);

}  // namespace pacte::web
