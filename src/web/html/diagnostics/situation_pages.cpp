#include "app/diagnostics/situations.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/html/diagnostics/diagnostic_pages.hpp"
#include "web/html/forms.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

constexpr const char* kPath = "/referentiels/situations";

// A failed edit of one row: its id, what was typed and the error to show beside it.
struct RowError {
  std::int64_t id = 0;
  std::string label;
  std::string message;
};

std::string Value(const Params& form, const char* name) { return First(form, name).value_or(""); }

nlohmann::json ThemesJson(const std::vector<app::StoredSituation>& all, const RowError* row) {
  nlohmann::json themes = nlohmann::json::array();
  for (BarrierTheme t : AllBarrierThemes()) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& s : all) {
      if (s.theme != t) continue;
      const std::string id = std::to_string(s.id);
      nlohmann::json r{
          {"id", id},           {"code", s.code},       {"label", s.label},
          {"active", s.active}, {"version", s.version}, {"action", std::string(kPath) + "/" + id}};
      if (row && row->id == s.id) {
        r["label"] = row->label;
        r["error"] = row->message;
      }
      rows.push_back(r);
    }
    themes.push_back(
        {{"code", BarrierThemeCode(t)}, {"label", BarrierThemeLabel(t)}, {"rows", rows}});
  }
  return themes;
}

nlohmann::json AddFormJson(const app::SituationDraft& d, const nlohmann::json& errors) {
  nlohmann::json options = nlohmann::json::array();
  for (BarrierTheme t : AllBarrierThemes()) {
    std::string code(BarrierThemeCode(t));
    options.push_back(
        {{"value", code}, {"label", BarrierThemeLabel(t)}, {"selected", code == d.theme}});
  }
  return {{"theme_options", options}, {"theme_error", errors.value("theme", "")},
          {"label", d.label},         {"label_error", errors.value("label", "")},
          {"code", d.code},           {"code_error", errors.value("code", "")}};
}

HttpResponse Render(RequestContext& ctx, const app::SituationDraft& draft, const Error* add_error,
                    const RowError* row, const std::string& alert, int status) {
  auto all = app::ListSituations(ctx.services.store, ctx.Who());
  if (!all) return ErrorPage(ctx, all.error());
  auto errors = add_error ? FieldErrorsJson(*add_error) : nlohmann::json::object();
  nlohmann::json data{
      {"saved", status == 200 && First(ctx.req.QueryParams(), "enregistre").has_value()},
      {"alert", alert.empty() ? nlohmann::json(nullptr) : nlohmann::json(alert)},
      {"themes", ThemesJson(*all, row)},
      {"add", AddFormJson(draft, errors)}};
  return ctx.Page("diagnostics_situations", "Référentiel des situations", data, status);
}

HttpResponse List(RequestContext& ctx) { return Render(ctx, {}, nullptr, nullptr, "", 200); }

HttpResponse Create(RequestContext& ctx) {
  auto form = ctx.req.Form();
  app::SituationDraft d{Value(form, "theme"), Value(form, "code"), Value(form, "label")};
  auto created = app::CreateSituation(ctx.services.store, ctx.services.clock, ctx.Who(), d);
  if (created) return HttpResponse::Redirect(std::string(kPath) + "?enregistre=1");
  if (created.error().kind != ErrorKind::kInvalid) return ErrorPage(ctx, created.error());
  return Render(ctx, d, &created.error(), nullptr, created.error().message, 422);
}

HttpResponse Update(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, Error::NotFound("situation.not_found", "Situation introuvable."));
  auto form = ctx.req.Form();
  std::int64_t version = 0;
  try {
    version = std::stoll(Value(form, "version"));
  } catch (const std::exception&) {
    version = 0;
  }
  std::string label = Value(form, "label");
  auto updated = app::UpdateSituation(ctx.services.store, ctx.services.clock, ctx.Who(), *id,
                                      version, label, First(form, "active").has_value());
  if (updated) return HttpResponse::Redirect(std::string(kPath) + "?enregistre=1");
  const Error& e = updated.error();
  if (e.kind == ErrorKind::kStale) return Render(ctx, {}, nullptr, nullptr, e.message, 409);
  if (e.kind != ErrorKind::kInvalid) return ErrorPage(ctx, e);
  RowError row{*id, label, e.fields.empty() ? e.message : e.fields.front().message};
  return Render(ctx, {}, nullptr, &row, e.message, 422);
}

}  // namespace

void RegisterSituationPages(Router& router) {
  router.Get(kPath, Access::kPage, List);
  router.Post(kPath, Access::kPage, Create);
  router.Post(std::string(kPath) + "/{id}", Access::kPage, Update);
}

}  // namespace pacte::web
