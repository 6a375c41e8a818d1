#include "web/html/diagnostics/diagnostic_pages.hpp"

#include "app/diagnostics/diagnostics.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/diagnostics_api.hpp"
#include "web/api/v1/personal_data_api.hpp"
#include "web/html/diagnostics/diagnostic_views.hpp"
#include "web/html/forms.hpp"
#include "web/html/parcours/person_tabs.hpp"
#include "web/html/personal_data/personal_data_pages.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

Error PageNotFound() { return Error::NotFound("person.not_found", "Bénéficiaire introuvable."); }

HttpResponse Render(RequestContext& ctx, const app::PersonDiagnostics& p, DiagnosticDraft draft,
                    const Error* error, int status) {
  nlohmann::json data{
      {"person_tabs", PersonTabsJson(ctx.Who(), p.person_id, p.display_name, "diagnostic")},
      {"display_name", p.display_name},
      {"saved", status == 200 && First(ctx.req.QueryParams(), "enregistre").has_value()},
      {"health_hidden", p.health_hidden},
      {"latest", LatestDiagnosticJson(p)},
      {"history", DiagnosticHistoryJson(p)},
      {"has_history", !p.versions.empty()},
      {"can_edit", p.can_edit}};
  if (p.can_edit) {
    if (draft.made_on.empty() && !error)
      draft.made_on = FormatIsoDate(DateOf(ctx.services.clock.Now()));
    auto errors = error ? FieldErrorsJson(*error) : nlohmann::json::object();
    data["form"] = DiagnosticFormJson(p, draft, errors);
  }
  return ctx.Page("diagnostics_person", "Diagnostic – " + p.display_name, data, status);
}

HttpResponse Show(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, PageNotFound());
  auto p = app::ListDiagnostics(ctx.services.store, ctx.services.clock, ctx.Who(), *id);
  if (!p) return ErrorPage(ctx, p.error());
  return Render(ctx, *p, DraftOfLatest(*p), nullptr, 200);
}

HttpResponse Create(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, PageNotFound());
  auto draft = DiagnosticDraftFromForm(ctx.req.Form());
  auto created =
      app::CreateDiagnostic(ctx.services.store, ctx.services.clock, ctx.Who(), *id, draft);
  if (created) {
    return HttpResponse::Redirect("/beneficiaires/" + std::to_string(*id) +
                                  "/diagnostic?enregistre=1");
  }
  if (created.error().kind != ErrorKind::kInvalid) return ErrorPage(ctx, created.error());
  auto p = app::ListDiagnostics(ctx.services.store, ctx.services.clock, ctx.Who(), *id);
  if (!p) return ErrorPage(ctx, p.error());
  return Render(ctx, *p, draft, &created.error(), 422);
}

}  // namespace

void RegisterDiagnosticPages(Router& router) {
  router.Get("/beneficiaires/{id}/diagnostic", Access::kPage, Show);
  router.Post("/beneficiaires/{id}/diagnostic", Access::kPage, Create);
}

void RegisterDiagnosticAndPersonalDataRoutes(Router& router) {
  RegisterDiagnosticPages(router);
  RegisterSituationPages(router);
  RegisterDiagnosticApi(router);
  RegisterPersonalDataPages(router);
  RegisterPersonalDataApi(router);
}

}  // namespace pacte::web
