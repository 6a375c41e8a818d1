#pragma once
// Reading the dashboard's query (?date=YYYY-MM-DD&groupe=territoire, also `group` for the
// API) and the service from the request context.

#include <string>

#include "app/stats/stats_service.hpp"
#include "domain/common/error.hpp"
#include "web/server/context.hpp"

namespace pacte::web {

// The request; kInvalid naming `date_field` / `group_field` for an unreadable date or an
// unknown grouping (French messages).
Result<app::DashboardRequest> ReadDashboardRequest(const Params& query,
                                                   const std::string& date_field,
                                                   const std::string& group_field);

// The server's statistics engine; throws std::logic_error when main did not wire one.
app::StatsService& StatsOf(const RequestContext& ctx);

}  // namespace pacte::web
