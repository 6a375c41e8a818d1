#include "web/html/oarsa/oarsa_pages.hpp"

#include <chrono>

#include "app/stats/oarsa_workbook.hpp"
#include "web/html/beneficiary_export/table_download.hpp"
#include "web/html/stats/disclosed_table.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

// A delay as shown: "s" (hidden) for aggregate readers, "—" when exact and absent.
nlohmann::json DelayCell(const std::optional<double>& days, bool exact) {
  if (!days && exact) return {{"text", "—"}, {"hidden", false}};
  return {{"text", DaysText(days)}, {"hidden", !days.has_value()}};
}

nlohmann::json DelayRowJson(const std::string& label, const app::OarsaDelayRow& a,
                            const app::OarsaDelayRow& b, bool exact) {
  return {{"label", label},
          {"cells",
           {DelayCell(a.mean, exact), DelayCell(a.median, exact), DelayCell(b.mean, exact),
            DelayCell(b.median, exact)}}};
}

nlohmann::json DelaysJson(const app::OarsaReport& r) {
  nlohmann::json blocks = nlohmann::json::array();
  for (std::size_t d = 0; d < r.entry_to_orientation.blocks.size(); ++d) {
    const auto& a = r.entry_to_orientation.blocks[d];
    const auto& b = r.orientation_to_cer.blocks[d];
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t i = 0; i < a.rows.size(); ++i) {
      rows.push_back(DelayRowJson(a.rows[i].label, a.rows[i], b.rows[i], r.exact));
    }
    blocks.push_back({{"dimension", a.dimension}, {"rows", rows}});
  }
  return {{"total", DelayRowJson("Ensemble", r.entry_to_orientation.total,
                                 r.orientation_to_cer.total, r.exact)},
          {"blocks", blocks},
          {"hidden_title", stats::kHiddenCountTitle}};
}

nlohmann::json TableJson(const app::OarsaReport& r, const app::OarsaTableReport& t) {
  nlohmann::json blocks = nlohmann::json::array();
  for (std::size_t d = 0; d < t.blocks.size(); ++d) {
    blocks.push_back({{"table", DisclosedTableJson(t.blocks[d], t.dimensions[d])}});
  }
  nlohmann::json out{{"number", t.number}, {"title", t.title}, {"blocks", blocks}};
  if (t.number == 5) out["delays"] = DelaysJson(r);
  return out;
}

int LastFullYear(const app::Clock& clock) {
  return static_cast<int>(std::chrono::year_month_day{clock.Today()}.year()) - 1;
}

// The year of ?annee= (default: the last full year).
Result<int> YearOf(const RequestContext& ctx, std::string& typed) {
  const auto query = ctx.req.QueryParams();
  typed = First(query, "annee").value_or("");
  if (typed.empty()) return LastFullYear(ctx.services.clock);
  return app::ParseOarsaYear(typed);
}

nlohmann::json FormJson(const std::string& typed, const std::optional<Error>& error) {
  return {{"year_value", typed},
          {"error", error ? nlohmann::json(error->message) : nlohmann::json(nullptr)}};
}

HttpResponse OarsaPage(RequestContext& ctx) {
  std::string typed;
  auto year = YearOf(ctx, typed);
  Result<app::OarsaReport> report = year
                                        ? app::ComputeOarsa(ctx.services.store, ctx.services.clock,
                                                            ctx.Who(), ctx.services.settings, *year)
                                        : Result<app::OarsaReport>(Fail(year.error()));
  if (!report && report.error().kind != ErrorKind::kInvalid) {
    return ErrorPage(ctx, report.error());
  }
  if (!report) {
    auto data = FormJson(typed, report.error());
    data["has_report"] = false;
    return ctx.Page("oarsa_page", "Enquête DREES OARSA", data, 422);
  }
  auto data = OarsaPageJson(*report);
  data.update(FormJson(typed.empty() ? std::to_string(*year) : typed, std::nullopt));
  return ctx.Page("oarsa_page", "Enquête DREES OARSA " + std::to_string(*year), data);
}

HttpResponse OarsaWorkbookDownload(RequestContext& ctx) {
  std::string typed;
  auto year = YearOf(ctx, typed);
  if (!year) return ErrorPage(ctx, year.error());
  auto report = app::ComputeOarsa(ctx.services.store, ctx.services.clock, ctx.Who(),
                                  ctx.services.settings, *year);
  if (!report) return ErrorPage(ctx, report.error());
  auto file = TableDownload(ctx, app::TableFormat::kXlsx, app::OarsaWorkbook(*report),
                            "oarsa-" + std::to_string(*year));
  if (!file) return ErrorPage(ctx, file.error());
  return *file;
}

}  // namespace

nlohmann::json OarsaPageJson(const app::OarsaReport& r) {
  nlohmann::json tables = nlohmann::json::array();
  nlohmann::json toc = nlohmann::json::array();
  for (const auto& t : r.tables) {
    tables.push_back(TableJson(r, t));
    toc.push_back({{"number", t.number}, {"title", t.title}});
  }
  nlohmann::json definitions = nlohmann::json::array();
  for (const auto& [heading, text] : app::OarsaDefinitions()) {
    definitions.push_back({{"heading", heading}, {"text", text}});
  }
  return {{"has_report", true},
          {"year", r.year},
          {"exact", r.exact},
          {"oriented_rate", RateText(r.oriented_rate)},
          {"oriented_rate_hidden", !r.oriented_rate.has_value()},
          {"hidden_title", stats::kHiddenCountTitle},
          {"tables", tables},
          {"toc", toc},
          {"definitions", definitions}};
}

void RegisterOarsaPages(Router& router) {
  router.Get("/pilotage/oarsa", Access::kPage, OarsaPage);
  router.Get("/pilotage/oarsa.xlsx", Access::kPage, OarsaWorkbookDownload);
}

}  // namespace pacte::web
