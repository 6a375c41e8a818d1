#pragma once
// French display data of orientations, référent assignments and re-orientation requests.

#include <nlohmann/json.hpp>

#include "app/orientation/orientation_overview.hpp"

namespace pacte::web {

nlohmann::json OrientationViewJson(const app::OrientationRecord& o);
nlohmann::json AssignmentViewJson(const app::ReferentAssignment& a);
nlohmann::json RequestViewJson(const app::ReorientationRequestRecord& r);

// "Mme Awa Martin"-like name of the overview's person ("Prénom Nom").
std::string PersonName(const app::OrientationOverview& o);

}  // namespace pacte::web
