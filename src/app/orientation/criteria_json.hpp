#pragma once
// The 2025 orientation criteria as JSON, as stored in orientations.criteria and exchanged by
// the API: {"employment_situation": code|null, "qualification": code|null, "project":
// code|null, "difficulties": [{"area": code, "impact": code}], "other_difficulty": text|null}.

#include <string>

#include <nlohmann/json.hpp>

#include "domain/parcours/orientation_criteria.hpp"

namespace pacte::app {

nlohmann::json CriteriaToJson(const OrientationCriteria& c);

// Reads stored criteria; unknown or missing parts are left empty (never fails).
OrientationCriteria CriteriaFromJson(const std::string& text);

}  // namespace pacte::app
