#include "web/html/personal_data/personal_data_pages.hpp"

#include "app/personal_data/export_personal_data.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/personal_data_api.hpp"
#include "web/html/parcours/person_tabs.hpp"
#include "web/html/personal_data/personal_data_labels.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

Error PageNotFound() { return Error::NotFound("person.not_found", "Bénéficiaire introuvable."); }

std::string CellText(const std::optional<std::string>& v) {
  if (!v) return "—";
  if (*v == "true") return "oui";
  if (*v == "false") return "non";
  return v->empty() ? "—" : *v;
}

// A single-row section as a description list, the others as tables.
nlohmann::json SectionJson(const app::DataSection& s) {
  nlohmann::json columns = nlohmann::json::array();
  for (const auto& c : s.columns) columns.push_back(ColumnLabel(c));
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& r : s.rows) {
    nlohmann::json cells = nlohmann::json::array();
    for (std::size_t i = 0; i < s.columns.size(); ++i) {
      cells.push_back({{"label", ColumnLabel(s.columns[i])}, {"value", CellText(r[i])}});
    }
    rows.push_back({{"cells", cells}});
  }
  bool single = s.key == "person" || s.key == "household";
  return {{"key", s.key},
          {"title", SectionTitle(s.key)},
          {"single", single && !s.rows.empty()},
          {"table", !single && !s.rows.empty()},
          {"empty", s.rows.empty()},
          {"count", s.rows.size()},
          {"columns", columns},
          {"rows", rows}};
}

HttpResponse Page(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, PageNotFound());
  auto e = app::ExportPersonalData(ctx.services.store, ctx.services.clock, ctx.Who(), *id, "page");
  if (!e) return ErrorPage(ctx, e.error());
  nlohmann::json sections = nlohmann::json::array();
  for (const auto& s : e->sections) sections.push_back(SectionJson(s));
  nlohmann::json data{{"person_tabs", PersonTabsJson(ctx.Who(), *id, e->display_name, "donnees")},
                      {"display_name", e->display_name},
                      {"exported_at", FormatFrenchTimestamp(e->exported_at)},
                      {"json_href", "/beneficiaires/" + std::to_string(*id) + "/donnees.json"},
                      {"nir_masked", e->nir_masked},
                      {"health_hidden", e->health_hidden},
                      {"sections", sections}};
  return ctx.Page("personal_data_person", "Données personnelles – " + e->display_name, data);
}

HttpResponse Download(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, PageNotFound());
  auto e = app::ExportPersonalData(ctx.services.store, ctx.services.clock, ctx.Who(), *id, "json");
  if (!e) return ErrorPage(ctx, e.error());
  auto r = HttpResponse::Json(PersonalDataJson(*e));
  r.Set("Content-Disposition",
        "attachment; filename=\"donnees-personne-" + std::to_string(*id) + ".json\"");
  return r;
}

}  // namespace

void RegisterPersonalDataPages(Router& router) {
  router.Get("/beneficiaires/{id}/donnees", Access::kPage, Page);
  router.Get("/beneficiaires/{id}/donnees.json", Access::kPage, Download);
}

}  // namespace pacte::web
