#pragma once
// GET /api/v1/stats/oarsa/{year}: the DREES OARSA survey of a year as JSON, disclosed for the
// caller (a hidden count is null, with "hidden_marker": "s"):
//   {year, exact, oriented_rate, tables: [{number, title, partition, blocks: [{dimension,
//    table: <DisclosedTableApiJson>}]}], delays: {entry_to_primo_orientation,
//    primo_orientation_to_primo_cer: {total: {mean, median}, blocks: [{dimension, rows:
//    [{label, mean, median}]}]}}}
// Errors (problem+json): 403 without StatsAction::kReadOarsa, 422 oarsa.invalid_year /
// oarsa.no_data.

#include <nlohmann/json.hpp>

#include "app/stats/oarsa_report.hpp"
#include "web/server/router.hpp"

namespace pacte::web {

void RegisterOarsaApi(Router& router);

nlohmann::json OarsaApiJson(const app::OarsaReport& report);

}  // namespace pacte::web
