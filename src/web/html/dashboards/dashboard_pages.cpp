#include "web/html/dashboards/dashboard_pages.hpp"

#include <charconv>

#include "app/policies/stats_policy.hpp"
#include "app/stats/open_data.hpp"
#include "web/html/beneficiary_export/table_download.hpp"
#include "web/html/dashboards/dashboard_json.hpp"
#include "web/html/dashboards/dashboard_request.hpp"
#include "web/html/forms.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

constexpr const char* kTitle = "Tableau de bord du pacte";
constexpr const char* kPath = "/pilotage/tableau-de-bord";

std::string GroupLabel(stats::GroupBy g) {
  return g == stats::GroupBy::kNone ? "Aucun (ensemble du périmètre)" : app::GroupCorner(g);
}

std::string DateLabel(Date d, Date today) {
  return d == today ? "Aujourd'hui (" + FormatFrenchDate(d) + ")" : FormatFrenchDate(d);
}

// The form's state: what was asked (raw text), the choices the actor has.
nlohmann::json FormJson(const RequestContext& ctx, const app::StatsService& service,
                        const Params& query) {
  const auto& actor = ctx.Who();
  const Date today = DateOf(ctx.services.clock.Now());
  const std::string date = First(query, "date").value_or("");
  const std::string group = First(query, "groupe").value_or("territoire");
  nlohmann::json dates = nlohmann::json::array();
  for (Date d : service.FixedDates()) {
    const std::string iso = FormatIsoDate(d);
    dates.push_back({{"value", iso},
                     {"label", DateLabel(d, today)},
                     {"selected", iso == date || (date.empty() && d == today)}});
  }
  nlohmann::json groups = nlohmann::json::array();
  for (auto g : service.Groupings(actor)) {
    const std::string code(stats::GroupByCode(g));
    groups.push_back({{"value", code}, {"label", GroupLabel(g)}, {"selected", code == group}});
  }
  return {{"any_date", service.ChoosesAnyDate(actor)},
          {"date_value", date.empty() ? FormatIsoDate(today) : date},
          {"date_choices", dates},
          {"groups", groups},
          {"errors", nlohmann::json::object()}};
}

std::string QueryOf(const app::DashboardView& v) {
  return "date=" + FormatIsoDate(v.as_of) + "&groupe=" + std::string(stats::GroupByCode(v.group));
}

nlohmann::json ViewJson(const app::DashboardView& v, const app::Settings& settings) {
  const std::string export_base = std::string(kPath) + "/export?" + QueryOf(v);
  auto sections = DashboardSectionsJson(v);
  for (auto& s : sections) {
    s["download"] = export_base + "&tableau=" + s["id"].get<std::string>() + "&format=csv";
  }
  return {{"computed_at", FormatFrenchTimestamp(v.computed_at)},
          {"as_of", FormatFrenchDate(v.as_of)},
          {"exact", v.exact},
          {"threshold", settings.small_cell_threshold},
          {"download_csv", export_base + "&format=csv"},
          {"download_xlsx", export_base + "&format=xlsx"},
          {"sections", sections},
          {"charts", DashboardChartsJson(v).dump()}};
}

HttpResponse DashboardPage(RequestContext& ctx) {
  auto& service = StatsOf(ctx);
  if (auto ok = app::Authorize(ctx.Who(), app::StatsAction::kReadDashboards); !ok) {
    return ErrorPage(ctx, ok.error());
  }
  const auto query = ctx.req.QueryParams();
  auto data = FormJson(ctx, service, query);
  auto request = ReadDashboardRequest(query, "date", "groupe");
  auto view = request ? service.Dashboard(ctx.Who(), *request)
                      : Result<app::DashboardView>(Fail(request.error()));
  if (!view) {
    if (view.error().kind != ErrorKind::kInvalid) return ErrorPage(ctx, view.error());
    data["errors"] = FieldErrorsJson(view.error());
    return ctx.Page("dashboard", kTitle, data, 422);
  }
  data["view"] = ViewJson(*view, ctx.services.settings);
  return ctx.Page("dashboard", kTitle, data);
}

HttpResponse DashboardExport(RequestContext& ctx) {
  auto& service = StatsOf(ctx);
  if (auto ok = app::Authorize(ctx.Who(), app::StatsAction::kReadDashboards); !ok) {
    return ErrorPage(ctx, ok.error());
  }
  const auto query = ctx.req.QueryParams();
  auto format = ParseTableFormat(First(query, "format"));
  if (!format) return ErrorPage(ctx, UnknownTableFormat());
  auto request = ReadDashboardRequest(query, "date", "groupe");
  if (!request) return ErrorPage(ctx, request.error());
  auto view = service.Dashboard(ctx.Who(), *request);
  if (!view) return ErrorPage(ctx, view.error());
  auto tables = DashboardDownload(*view, First(query, "tableau").value_or(""));
  if (tables.empty()) {
    return ErrorPage(ctx, Error::NotFound("dashboard.table", "Tableau inconnu."));
  }
  auto response = TableDownload(ctx, *format, tables, "tableau-de-bord-" + FormatIsoDate(view->as_of));
  if (!response) return ErrorPage(ctx, response.error());
  return *response;
}

// A positive integer id; 0 when the text is not one.
std::int64_t PositiveId(const std::string& text) {
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  return ec == std::errc{} && end == text.data() + text.size() && id > 0 ? id : 0;
}

std::string AreaSlug(const app::OpenDataArea& a) {
  return a.territory_id ? "territoire-" + std::to_string(*a.territory_id) : "departement";
}

HttpResponse OpenDataPage(RequestContext& ctx) {
  const auto catalogue = app::ListOpenData(ctx.services.store, StatsOf(ctx));
  nlohmann::json areas = nlohmann::json::array();
  for (const auto& a : catalogue.areas) areas.push_back(a.name);
  nlohmann::json rows = nlohmann::json::array();
  for (Date d : catalogue.dates) {
    nlohmann::json links = nlohmann::json::array();
    for (const auto& a : catalogue.areas) {
      std::string href = "/donnees-ouvertes/tableau-de-bord.csv?date=" + FormatIsoDate(d);
      if (a.territory_id) href += "&territoire=" + std::to_string(*a.territory_id);
      links.push_back({{"href", href}, {"area", a.name}});
    }
    rows.push_back({{"date", FormatFrenchDate(d)}, {"links", links}});
  }
  return ctx.Page("open_data", "Données ouvertes du pacte",
                  {{"areas", areas}, {"rows", rows},
                   {"threshold", ctx.services.settings.small_cell_threshold}});
}

HttpResponse OpenDataFile(RequestContext& ctx) {
  const auto query = ctx.req.QueryParams();
  const auto date = ParseIsoDate(First(query, "date").value_or(""));
  if (!date) {
    return ErrorPage(ctx, Error::Invalid("open_data.date",
                                         "Date invalide : le format attendu est AAAA-MM-JJ.", "date"));
  }
  std::optional<std::int64_t> territory;
  if (auto text = First(query, "territoire"); text && !text->empty()) {
    const auto id = PositiveId(*text);
    if (id <= 0) return ErrorPage(ctx, Error::NotFound("open_data.territory", "Territoire inconnu."));
    territory = id;
  }
  auto view = app::OpenDataView(ctx.services.store, StatsOf(ctx), *date, territory);
  if (!view) return ErrorPage(ctx, view.error());
  auto tables = DashboardDownload(*view, "");
  const app::OpenDataArea area{territory, ""};
  auto response = TableDownload(ctx, app::TableFormat::kCsv, tables,
                                "donnees-ouvertes-" + AreaSlug(area) + "-" + FormatIsoDate(*date));
  if (!response) return ErrorPage(ctx, response.error());
  return *response;
}

}  // namespace

void RegisterDashboardPages(Router& router) {
  router.Get(kPath, Access::kPage, DashboardPage);
  router.Get(std::string(kPath) + "/export", Access::kPage, DashboardExport);
}

void RegisterOpenDataPages(Router& router) {
  router.Get("/donnees-ouvertes", Access::kPublic, OpenDataPage);
  router.Get("/donnees-ouvertes/tableau-de-bord.csv", Access::kPublic, OpenDataFile);
}

}  // namespace pacte::web
