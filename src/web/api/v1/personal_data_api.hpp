#pragma once
// GET /api/v1/beneficiaries/{id}/personal-data: everything held about a person (right of
// access), audited as "person.export".

#include <nlohmann/json.hpp>

#include "app/personal_data/export_personal_data.hpp"
#include "web/server/router.hpp"

namespace pacte::web {

// {person_id, exported_at, nir_masked, health_hidden, person: {…}, household: {…}|null,
//  rights_history: […], …}: one key per section, single-row sections (person, household) as
// objects; ids and counts as numbers, flags as booleans, criteria and audit details as JSON.
nlohmann::json PersonalDataJson(const app::PersonalDataExport& e);

void RegisterPersonalDataApi(Router& router);

}  // namespace pacte::web
