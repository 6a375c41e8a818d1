#include "web/html/worklists/worklist_pages.hpp"

#include "app/worklists/deadline_rule_settings.hpp"
#include "app/worklists/worklists.hpp"
#include "web/api/v1/worklists_api.hpp"
#include "web/html/forms.hpp"
#include "web/html/worklists/worklist_view.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

constexpr const char* kTitle = "À traiter";

Error UnknownKind() {
  return Error::NotFound("worklist.unknown_kind",
                         "Liste inconnue : les listes « À traiter » sont orientation_overdue, "
                         "contract_overdue, contract_expiring, appointment_unrecorded, "
                         "no_recent_appointment et social_review_due.");
}

nlohmann::json BaseData(RequestContext& ctx, const Params& query) {
  return {{"filters", WorklistFiltersJson(ctx, query)},
          {"filter_query", WorklistFilterQueryString(query)},
          {"can_edit_rules", app::AuthorizeDeadlineRules(ctx.Who()).has_value()}};
}

HttpResponse CountsPage(RequestContext& ctx) {
  if (auto ok = app::AuthorizeWorklists(ctx.Who()); !ok) return ErrorPage(ctx, ok.error());
  const auto params = ctx.req.QueryParams();
  nlohmann::json data = BaseData(ctx, params);
  data["action"] = "/a-traiter";
  auto query = WorklistQueryFromPage(params);
  if (!query) {
    data["errors"] = FieldErrorsJson(query.error());
    return ctx.Page("worklists_index", kTitle, data, 422);
  }
  auto counts = app::CountWorklists(ctx.services.store, ctx.services.clock,
                                    ctx.services.settings, ctx.Who(), *query);
  if (!counts) return ErrorPage(ctx, counts.error());
  data["today"] = FormatFrenchDate(counts->today);
  data["counts"] = WorklistCountsJson(*counts, WorklistFilterQueryString(params));
  data["has_counts"] = true;
  return ctx.Page("worklists_index", kTitle, data);
}

HttpResponse ListPage(RequestContext& ctx) {
  if (auto ok = app::AuthorizeWorklists(ctx.Who()); !ok) return ErrorPage(ctx, ok.error());
  auto kind = ParseDueKind(ctx.Param("kind"));
  if (!kind) return ErrorPage(ctx, UnknownKind());
  const auto params = ctx.req.QueryParams();
  const std::string title = std::string(DueKindLabel(*kind)) + " — À traiter";
  const std::string path = "/a-traiter/" + std::string(DueKindCode(*kind));
  nlohmann::json data = BaseData(ctx, params);
  data["action"] = path;
  data["kind"] = DueKindCode(*kind);
  data["kind_label"] = DueKindLabel(*kind);
  data["export_href"] = path + "/export" + WorklistFilterQueryString(params);
  auto query = WorklistQueryFromPage(params);
  if (!query) {
    data["errors"] = FieldErrorsJson(query.error());
    return ctx.Page("worklists_list", title, data, 422);
  }
  const auto page = PageFromQuery(params);
  auto list = app::ListWorklist(ctx.services.store, ctx.services.clock, ctx.services.settings,
                                ctx.Who(), *kind, *query, page, app::WorklistDetail::kWithNames);
  if (!list) return ErrorPage(ctx, list.error());
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& row : list->page.items) rows.push_back(WorklistRowJson(row));
  data["rows"] = std::move(rows);
  data["has_rows"] = !list->page.items.empty();
  data["total"] = list->page.total;
  data["today"] = FormatFrenchDate(list->today);
  data["pagination"] = PaginationJson(path, params, list->page.total, page);
  return ctx.Page("worklists_list", title, data);
}

HttpResponse ExportCsv(RequestContext& ctx) {
  if (auto ok = app::AuthorizeWorklists(ctx.Who()); !ok) return ErrorPage(ctx, ok.error());
  auto kind = ParseDueKind(ctx.Param("kind"));
  if (!kind) return ErrorPage(ctx, UnknownKind());
  auto query = WorklistQueryFromPage(ctx.req.QueryParams());
  if (!query) return ErrorPage(ctx, query.error());
  auto list = app::ExportWorklist(ctx.services.store, ctx.services.clock, ctx.services.settings,
                                  ctx.Who(), *kind, *query);
  if (!list) return ErrorPage(ctx, list.error());
  auto response = HttpResponse::Text(WorklistCsv(*list), "text/csv; charset=utf-8");
  response.Set("Content-Disposition", "attachment; filename=\"a-traiter-" +
                                          std::string(DueKindCode(*kind)) + "-" +
                                          FormatIsoDate(list->today) + ".csv\"");
  response.Set("Cache-Control", "no-store");
  return response;
}

}  // namespace

void RegisterWorklistRoutes(Router& router) {
  router.Get("/a-traiter", Access::kPage, CountsPage);
  router.Get("/a-traiter/{kind}", Access::kPage, ListPage);
  router.Get("/a-traiter/{kind}/export", Access::kPage, ExportCsv);
  RegisterDeadlineRulePages(router);
  RegisterWorklistsApi(router);
}

}  // namespace pacte::web
