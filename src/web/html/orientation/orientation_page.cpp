#include "app/orientation/orientation_overview.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/html/forms.hpp"
#include "web/html/orientation/orientation_forms.hpp"
#include "web/html/orientation/orientation_pages.hpp"
#include "web/html/orientation/orientation_views.hpp"
#include "web/html/parcours/person_tabs.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

// What the posted form was, when it failed (the others render empty).
struct Posted {
  app::OrientationInput orientation;
  app::ReorientationRequestInput request;
  app::ReferentInput referent;
  std::string form;  // "orientation", "reorientation", "referent" or ""
  nlohmann::json errors = nlohmann::json::object();
};

std::string PagePath(std::int64_t id) {
  return "/beneficiaires/" + std::to_string(id) + "/orientation";
}

nlohmann::json ErrorsFor(const Posted& p, const std::string& form) {
  return p.form == form ? p.errors : nlohmann::json::object();
}

nlohmann::json SavedMessage(const std::string& what) {
  if (what == "orientation") return "Orientation enregistrée.";
  if (what == "demande") return "Demande de réorientation envoyée.";
  if (what == "referent") return "Référent désigné.";
  return nullptr;
}

template <class T, class F>
nlohmann::json Rows(const std::vector<T>& items, F f) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& i : items) out.push_back(f(i));
  return out;
}

Status AddForms(RequestContext& ctx, const app::OrientationOverview& o, Posted posted,
                nlohmann::json& data) {
  auto structures = ReferentBodyOptions(ctx);
  if (!structures) return Fail(structures.error());
  if (o.can_orient) {
    if (posted.form != "orientation") posted.orientation.as_reorientation = o.next_is_reorientation;
    data["orientation_form"] = OrientationFormJson(posted.orientation, *structures,
                                                   ErrorsFor(posted, "orientation"));
  }
  if (o.can_request_reorientation && !o.history.empty() && !o.pending_request) {
    data["request_form"] =
        RequestFormJson(posted.request, *structures, ErrorsFor(posted, "reorientation"));
  }
  if (o.can_assign_referent) {
    auto agents = ReferentAgentOptions(ctx);
    if (!agents) return Fail(agents.error());
    if (posted.form != "referent" && o.referent) posted.referent.expected_version = o.referent->version;
    data["referent_form"] = ReferentFormJson(posted.referent, *agents, ErrorsFor(posted, "referent"));
  }
  return {};
}

HttpResponse Render(RequestContext& ctx, std::int64_t id, const Posted& posted, int status) {
  auto o = app::GetOrientationOverview(ctx.services.store, ctx.services.clock, ctx.Who(), id);
  if (!o) return ErrorPage(ctx, o.error());
  const std::string name = PersonName(*o);
  nlohmann::json data{
      {"person_tabs", PersonTabsJson(ctx.Who(), id, name, "orientation")},
      {"name", name},
      {"action_base", "/beneficiaires/" + std::to_string(id)},
      {"saved", status == 200 ? SavedMessage(FormValue(ctx.req.QueryParams(), "enregistre"))
                              : nlohmann::json()},
      {"current", o->history.empty() ? nlohmann::json() : OrientationViewJson(o->history[0])},
      {"history", Rows(o->history, OrientationViewJson)},
      {"has_history", !o->history.empty()},
      {"referent", o->referent ? AssignmentViewJson(*o->referent) : nlohmann::json()},
      {"assignments", Rows(o->referent_history, AssignmentViewJson)},
      {"has_assignments", !o->referent_history.empty()},
      {"pending", o->pending_request ? RequestViewJson(*o->pending_request) : nlohmann::json()},
      {"requests", Rows(o->requests, RequestViewJson)},
      {"has_requests", !o->requests.empty()},
      {"can_decide", app::MayDecideReorientations(ctx.Who()) && o->can_orient}};
  for (const char* key : {"orientation_form", "request_form", "referent_form"}) data[key] = nullptr;
  if (auto ok = AddForms(ctx, *o, posted, data); !ok) return ErrorPage(ctx, ok.error());
  return ctx.Page("orientation_person", "Orientation et référent — " + name, data, status);
}

// After a failed submission: field errors and conflicts re-render the page, the rest is an
// error page (403, 404).
HttpResponse Failed(RequestContext& ctx, std::int64_t id, Posted posted, const Error& e) {
  if (e.kind != ErrorKind::kInvalid && e.kind != ErrorKind::kConflict &&
      e.kind != ErrorKind::kStale) {
    return ErrorPage(ctx, e);
  }
  posted.errors = FieldErrorsJson(e);
  if (posted.form == "orientation") posted.errors = MapDifficultyErrors(posted.orientation, posted.errors);
  return Render(ctx, id, posted, HttpStatusOf(e.kind));
}

HttpResponse Show(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, app::PersonNotFound());
  return Render(ctx, *id, Posted{}, 200);
}

HttpResponse PostOrientation(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, app::PersonNotFound());
  Posted p;
  p.form = "orientation";
  p.orientation = OrientationInputFromForm(ctx.req.Form());
  auto r = app::OrientPerson(ctx.services.store, ctx.services.clock, ctx.Who(), *id, p.orientation);
  if (!r) return Failed(ctx, *id, p, r.error());
  return HttpResponse::Redirect(PagePath(*id) + "?enregistre=orientation");
}

HttpResponse PostRequest(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, app::PersonNotFound());
  Posted p;
  p.form = "reorientation";
  p.request = RequestInputFromForm(ctx.req.Form());
  auto r = app::RequestReorientation(ctx.services.store, ctx.services.clock, ctx.Who(), *id,
                                     p.request);
  if (!r) return Failed(ctx, *id, p, r.error());
  return HttpResponse::Redirect(PagePath(*id) + "?enregistre=demande");
}

HttpResponse PostReferent(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, app::PersonNotFound());
  Posted p;
  p.form = "referent";
  p.referent = ReferentInputFromForm(ctx.req.Form());
  auto r = app::AssignReferent(ctx.services.store, ctx.services.clock, ctx.Who(), *id, p.referent);
  if (!r) return Failed(ctx, *id, p, r.error());
  return HttpResponse::Redirect(PagePath(*id) + "?enregistre=referent");
}

}  // namespace

void RegisterPersonOrientationPages(Router& router) {
  router.Get("/beneficiaires/{id}/orientation", Access::kPage, Show);
  router.Post("/beneficiaires/{id}/orientation", Access::kPage, PostOrientation);
  router.Post("/beneficiaires/{id}/reorientation", Access::kPage, PostRequest);
  router.Post("/beneficiaires/{id}/referent", Access::kPage, PostReferent);
}

}  // namespace pacte::web
