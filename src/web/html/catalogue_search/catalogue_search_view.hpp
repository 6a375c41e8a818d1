#pragma once
// What the catalogue search shows, shared by the page /offre/actions and GET /api/v1/actions:
// the criteria read from a query string (both use the API's parameter names) and one result
// as JSON.

#include <optional>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "app/catalogue_search/search_actions.hpp"
#include "web/server/http.hpp"

namespace pacte::web {

// The search parameters: q, objective, thematique, barrier, commune, radius_km, public, mode,
// weekly_hours_min, weekly_hours_max, has_places, from, to.
const std::set<std::string>& ActionSearchParameters();

// The criteria of a query string; `barrier` may be repeated or comma-separated.
app::ActionSearchCriteria CriteriaFromQuery(const Params& query);

// The query string of criteria (API parameter names, URL-encoded), without "?"; "" when
// empty. The inverse of CriteriaFromQuery.
std::string QueryOfCriteria(const app::ActionSearchCriteria& criteria);

// {id, di_id, name, description_excerpt, objective, objective_label, action_type,
//  structure {id, name}, commune_code, commune_name, latitude, longitude, distance_km (from
//  the commune searched, when both places are known), weekly_hours, free_places,
//  open_sessions, next_session_id, relevance, quality {score, level, label}, thematiques, publics,
//  modes_accueil, barriers, date_maj}
nlohmann::json ActionSearchItemJson(const app::ActionSearchItem& item, Date today,
                                    const std::optional<app::CommunePlace>& from);

// "12,5" (French decimal comma, at most one decimal).
std::string FrenchDecimal(double value);

}  // namespace pacte::web
