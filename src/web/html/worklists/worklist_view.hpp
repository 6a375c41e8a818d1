#pragma once
// Shared pieces of the "À traiter" pages: the page filters (French query names), the counts
// block (also shown on the home page) and the rows of a list.
//
// Page query: perimetre = "mes-suivis" | "structure", territoire = id, structure = id,
// referent = agent id, page = n.

#include <string>

#include <nlohmann/json.hpp>

#include "app/worklists/worklists.hpp"
#include "domain/common/error.hpp"
#include "web/server/context.hpp"

namespace pacte::web {

// The work-list query of a page; kInvalid naming each bad parameter (French messages).
Result<app::WorklistQuery> WorklistQueryFromPage(const Params& query);

// The filter form's data for the actor: current values, the perimeter switch (référents),
// the territory and structure choices (wider roles).
nlohmann::json WorklistFiltersJson(RequestContext& ctx, const Params& query);

// The query string (with a leading "?" when not empty) keeping the filters of `query`.
std::string WorklistFilterQueryString(const Params& query);

// [{kind, label, count, href}] for the counts of the actor's perimeter.
nlohmann::json WorklistCountsJson(const app::WorklistCounts& counts, const std::string& suffix);

// One row of a list page.
nlohmann::json WorklistRowJson(const app::WorklistRow& row);

// The CSV file of a whole list (UTF-8 with BOM, ";" separated, CRLF) for French Excel.
std::string WorklistCsv(const app::WorklistPage& list);

}  // namespace pacte::web
