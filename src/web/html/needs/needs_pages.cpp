#include "web/html/needs/needs_pages.hpp"

#include <charconv>

#include "app/policies/stats_policy.hpp"
#include "domain/common/time.hpp"
#include "web/html/beneficiary_export/table_download.hpp"
#include "web/html/needs/needs_view.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

const Error kBadDate = Error::Invalid("needs.invalid_date",
                                      "Date invalide : attendu AAAA-MM-JJ.", "date");

// The date parameter (absent: today), or kBadDate.
Result<std::optional<Date>> DateParam(const Params& q) {
  auto text = First(q, "date");
  if (!text || text->empty()) return std::optional<Date>{};
  auto d = ParseIsoDate(*text);
  if (!d) return Fail(kBadDate);
  return std::optional<Date>{*d};
}

std::size_t ThemeParam(const Params& q) {
  auto text = First(q, "theme");
  if (!text) return 0;
  auto t = ParseBarrierTheme(*text);
  return t ? needs::ThemeIndex(*t) : 0;
}

nlohmann::json FormJson(RequestContext& ctx, const app::NeedsReport& r, std::size_t theme) {
  nlohmann::json themes = nlohmann::json::array();
  for (BarrierTheme t : AllBarrierThemes()) {
    themes.push_back({{"code", BarrierThemeCode(t)},
                      {"label", BarrierThemeLabel(t)},
                      {"selected", needs::ThemeIndex(t) == theme}});
  }
  nlohmann::json dates = nlohmann::json::array();
  for (Date d : app::FixedNeedsDates(ctx.services.clock.Today())) {
    dates.push_back({{"value", FormatIsoDate(d)},
                     {"label", FormatFrenchDate(d)},
                     {"selected", d == r.date}});
  }
  return {{"themes", themes},
          {"dates", dates},
          {"exact", r.exact},
          {"date_value", FormatIsoDate(r.date)},
          {"date_text", FormatFrenchDate(r.date)},
          {"year", r.year},
          {"theme_code", BarrierThemeCode(AllBarrierThemes()[theme])},
          {"theme_label", BarrierThemeLabel(AllBarrierThemes()[theme])},
          {"explanation", kGapIndexExplanation}};
}

Result<app::NeedsReport> Load(RequestContext& ctx, const Params& q,
                              std::optional<std::int64_t> territory) {
  auto date = DateParam(q);
  if (!date) return Fail(date.error());
  return app::GetNeedsReport(ctx.services.store, ctx.services.clock, ctx.services.settings,
                             ctx.Who(), {*date, territory});
}

HttpResponse Overview(RequestContext& ctx) {
  auto q = ctx.req.QueryParams();
  auto report = Load(ctx, q, std::nullopt);
  if (!report) return ErrorPage(ctx, report.error());
  const std::size_t theme = ThemeParam(q);
  auto data = FormJson(ctx, *report, theme);
  data["action"] = "/pilotage/besoins";
  data["map_data"] = NeedsMapData(report->territories, theme, "territory");
  data["tables"] = NeedsTablesJson(report->territories, report->departement, theme, "Territoire");
  for (auto& row : data["tables"]["detail"]) {
    const auto key = row["key"].get<std::string>();
    if (key.empty() || key == "departement") continue;
    row["link"] = "/pilotage/besoins/communes?territoire=" + key + "&date=" +
                  FormatIsoDate(report->date) +
                  "&theme=" + data["theme_code"].get<std::string>();
  }
  return ctx.Page("needs_overview", "Besoins et offre par territoire", data);
}

HttpResponse Export(RequestContext& ctx) {
  auto q = ctx.req.QueryParams();
  auto format = ParseTableFormat(First(q, "format"));
  if (!format) return ErrorPage(ctx, UnknownTableFormat());
  auto report = Load(ctx, q, std::nullopt);
  if (!report) return ErrorPage(ctx, report.error());
  auto download = TableDownload(
      ctx, *format, NeedsDownload(report->territories, report->departement, "Territoire"),
      "pacte-besoins-" + FormatIsoDate(report->date));
  if (!download) return ErrorPage(ctx, download.error());
  return std::move(*download);
}

// The territoire parameter; absent: the agent's territory or the first one by name.
Result<std::optional<std::int64_t>> TerritoryParam(const Params& q) {
  auto text = First(q, "territoire");
  if (!text || text->empty()) return std::optional<std::int64_t>{};
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), id);
  if (ec != std::errc() || end != text->data() + text->size() || id <= 0) {
    return Fail(Error::NotFound("needs.territory_not_found", "Territoire introuvable."));
  }
  return std::optional<std::int64_t>{id};
}

nlohmann::json TerritoryChoices(const app::NeedsReport& r, std::int64_t selected) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& t : r.territories) {
    if (t.key.empty()) continue;
    out.push_back({{"value", t.key},
                   {"label", t.label},
                   {"selected", t.key == std::to_string(selected)}});
  }
  return out;
}

HttpResponse CommunesPage(RequestContext& ctx) {
  auto q = ctx.req.QueryParams();
  auto id = TerritoryParam(q);
  if (!id) return ErrorPage(ctx, id.error());
  auto report = Load(ctx, q, *id);
  if (!report) return ErrorPage(ctx, report.error());
  if (!report->territory && !report->territories.empty() && !report->territories[0].key.empty()) {
    report = Load(ctx, q, std::stoll(report->territories[0].key));
    if (!report) return ErrorPage(ctx, report.error());
  }
  const std::size_t theme = ThemeParam(q);
  auto data = FormJson(ctx, *report, theme);
  const std::string name = report->territory ? report->territory->label : "";
  const std::int64_t shown = report->territory ? std::stoll(report->territory->key) : 0;
  data["action"] = "/pilotage/besoins/communes";
  data["map_data"] = NeedsMapData(report->communes, theme, "commune");
  data["territory_choices"] = TerritoryChoices(*report, shown);
  data["has_territory_choices"] = !data["territory_choices"].empty();
  data["territory_name"] = name;
  data["tables"] = NeedsTablesJson(report->communes, report->territory, theme, "Commune");
  return ctx.Page("needs_territory", "Besoins et offre par commune – " + name, data);
}

HttpResponse Identification(RequestContext& ctx) {
  auto q = ctx.req.QueryParams();
  const Date today = ctx.services.clock.Today();
  const int this_year = static_cast<int>(std::chrono::year_month_day{today}.year());
  int year = this_year;
  if (auto text = First(q, "annee"); text && !text->empty()) {
    auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), year);
    if (ec != std::errc() || end != text->data() + text->size() || year > this_year) {
      return ErrorPage(ctx, Error::Invalid("needs.invalid_year",
                                           "Année invalide : une année passée ou l'année en cours.",
                                           "annee"));
    }
  }
  const Date date = year == this_year
                        ? today
                        : Date{std::chrono::year{year} / std::chrono::December / 31};
  auto report = app::GetNeedsReport(ctx.services.store, ctx.services.clock,
                                    ctx.services.settings, ctx.Who(), {date, std::nullopt});
  if (!report) return ErrorPage(ctx, report.error());
  std::vector<app::NeedsArea> areas = report->territories;
  if (report->departement) areas.push_back(*report->departement);
  return ctx.Page("needs_identification", "Identification des besoins " + std::to_string(year),
                  {{"year", year},
                   {"date_text", FormatFrenchDate(report->date)},
                   {"next_year", year + 1},
                   {"explanation", kGapIndexExplanation},
                   {"areas", IdentificationJson(areas)}});
}

}  // namespace

void RegisterNeedsPages(Router& router) {
  router.Get("/pilotage/besoins", Access::kPage, Overview);
  router.Get("/pilotage/besoins/export", Access::kPage, Export);
  router.Get("/pilotage/besoins/identification", Access::kPage, Identification);
  router.Get("/pilotage/besoins/communes", Access::kPage, CommunesPage);
}

}  // namespace pacte::web
