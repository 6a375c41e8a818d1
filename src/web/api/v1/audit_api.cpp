#include "web/api/v1/audit_api.hpp"

#include <nlohmann/json.hpp>

#include "app/audit/audit_filter.hpp"
#include "app/audit/list_audit_events.hpp"
#include "app/policies/audit_policy.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

nlohmann::json EventJson(const app::AuditEvent& e) {
  // details is JSON written by RecordAudit; should a stored value not parse, it is returned
  // as a string rather than failing the whole page.
  auto details = nlohmann::json::parse(e.details, nullptr, false);
  return nlohmann::json{{"id", e.id},
                        {"at", FormatIsoTimestamp(e.at)},
                        {"agent_id", e.agent_id ? nlohmann::json(*e.agent_id) : nlohmann::json()},
                        {"action", e.action},
                        {"object_type", e.object_type},
                        {"object_id", e.object_id},
                        {"client_addr", e.client_addr},
                        {"request_id", e.request_id},
                        {"details", details.is_discarded() ? nlohmann::json(e.details) : details},
                        {"prev_hash", e.prev_hash},
                        {"hash", e.hash}};
}

HttpResponse ListAuditEvents(RequestContext& ctx) {
  if (auto allowed = app::AuthorizeAuditRead(ctx.Who()); !allowed) {
    return ProblemResponse(allowed.error(), ctx.req.path);
  }
  auto query = ctx.req.QueryParams();
  QueryReader q(query, {"agent_id", "action", "object_type", "object_id", "from", "to"});
  auto page = q.Page();
  auto text = [&](const char* key) { return q.Text(key).value_or(""); };
  auto search = app::ParseAuditFilter(app::AuditFilterInput{text("agent_id"), text("action"),
                                                            text("object_type"), text("object_id"),
                                                            text("from"), text("to")});
  if (!search) {
    for (const auto& f : search.error().fields) q.AddError(f.field, f.message);
  }
  if (auto ok = q.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto found =
      app::ListAuditEvents(ctx.services.store, ctx.services.clock, ctx.Who(), *search, page);
  if (!found) return ProblemResponse(found.error(), ctx.req.path);
  nlohmann::json items = nlohmann::json::array();
  for (const auto& e : found->items) items.push_back(EventJson(e));
  return HttpResponse::Json({{"items", std::move(items)},
                             {"page", found->number},
                             {"page_size", found->size},
                             {"total", found->total}});
}

}  // namespace

void RegisterAuditApi(Router& router) {
  router.Get("/api/v1/audit-events", Access::kApi, ListAuditEvents);
}

}  // namespace pacte::web
