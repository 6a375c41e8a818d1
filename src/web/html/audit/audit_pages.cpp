#include "web/html/audit/audit_pages.hpp"

#include <nlohmann/json.hpp>

#include "app/audit/audit_filter.hpp"
#include "app/audit/list_audit_events.hpp"
#include "app/audit/verify_audit_chain.hpp"
#include "app/policies/audit_policy.hpp"
#include "web/api/v1/audit_api.hpp"
#include "web/html/forms.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

constexpr const char* kListPath = "/admin/audit";
constexpr const char* kListTitle = "Journal d'audit";

// Page query names (French, as typed in the address bar) → filter fields.
app::AuditFilterInput FilterFromQuery(const Params& q) {
  auto text = [&](const char* key) { return First(q, key).value_or(""); };
  return app::AuditFilterInput{text("agent"), text("action"), text("type"),
                               text("objet"), text("du"),     text("au")};
}

nlohmann::json FilterJson(const app::AuditFilterInput& in) {
  return {{"agent", in.agent_id}, {"action", in.action}, {"type", in.object_type},
          {"objet", in.object_id}, {"du", in.from},       {"au", in.to}};
}

nlohmann::json EventRow(const app::AuditEvent& e) {
  return {{"id", e.id},
          {"at", FormatFrenchTimestamp(e.at)},
          {"at_iso", FormatIsoTimestamp(e.at)},
          {"agent", e.agent_id ? "n° " + std::to_string(*e.agent_id) : std::string("système")},
          {"action", e.action},
          {"object_type", e.object_type},
          {"object_id", e.object_id},
          {"client_addr", e.client_addr},
          {"request_id", e.request_id},
          {"details", e.details}};
}

HttpResponse ListPage(RequestContext& ctx) {
  if (auto allowed = app::AuthorizeAuditRead(ctx.Who()); !allowed) {
    return ErrorPage(ctx, allowed.error());
  }
  auto query = ctx.req.QueryParams();
  auto input = FilterFromQuery(query);
  nlohmann::json data{{"filters", FilterJson(input)}};
  auto search = app::ParseAuditFilter(input);
  if (!search) {
    data["errors"] = FieldErrorsJson(search.error());
    return ctx.Page("audit_list", kListTitle, data, 422);
  }
  auto page = PageFromQuery(query);
  auto found = app::ListAuditEvents(ctx.services.store, ctx.services.clock, ctx.Who(), *search,
                                    page);
  if (!found) return ErrorPage(ctx, found.error());
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& e : found->items) rows.push_back(EventRow(e));
  data["events"] = std::move(rows);
  data["has_events"] = !found->items.empty();
  data["total"] = found->total;
  data["pagination"] = PaginationJson(kListPath, query, found->total, page);
  return ctx.Page("audit_list", kListTitle, data);
}

HttpResponse VerificationPage(RequestContext& ctx) {
  auto report = app::VerifyAuditChainAs(ctx.services.store, ctx.services.clock, ctx.Who());
  if (!report) return ErrorPage(ctx, report.error());
  nlohmann::json problems = nlohmann::json::array();
  for (const auto& p : report->problems) problems.push_back(p.Describe());
  nlohmann::json data{{"intact", report->Intact()},
                      {"summary", report->Summary()},
                      {"problems", std::move(problems)}};
  return ctx.Page("audit_verification", "Vérification du journal d'audit", data);
}

}  // namespace

void RegisterAuditRoutes(Router& router) {
  router.Get(kListPath, Access::kPage, ListPage);
  router.Post("/admin/audit/verification", Access::kPage, VerificationPage);
  RegisterAuditApi(router);
}

}  // namespace pacte::web
