#pragma once
// The pact's JSON API (issue 6):
//   GET  /api/v1/pact                             the current pact: signatories, orientations →
//                                                 objectives → indicators (years, status)
//   GET  /api/v1/pact/objectives/{id}             one objective with its comments
//   POST /api/v1/pact/indicators/{id}/measurements  {year, value, comment?, source?} → 201
//   GET  /api/v1/pact/objectives/{id}/comments    the discussion (list envelope)
//   POST /api/v1/pact/objectives/{id}/comments    {body} → 201
// The policy is checked before the body is read (403 before 400/422).

#include <nlohmann/json.hpp>

#include "app/pact/pact_view.hpp"
#include "web/server/router.hpp"

namespace pacte::web {

void RegisterPactApi(Router& router);

// {id, name, unit, higher_is_better, computed_by, baseline_value, baseline_on, status,
//  status_note, latest_year, latest_value, years: [{year, target, expected, value, note}]}
nlohmann::json IndicatorApiJson(const app::IndicatorView& i);

}  // namespace pacte::web
