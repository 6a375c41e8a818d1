#include "web/html/catalogue/session_pages.hpp"

#include <string>

#include "app/catalogue/catalogue.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/html/catalogue/catalogue_form.hpp"
#include "web/html/catalogue/catalogue_views.hpp"
#include "web/html/forms.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

Error SessionNotFound() {
  return Error::NotFound("session.not_found", "Cette session n'existe pas.");
}

// The session of the path when it belongs to the action of the path and the actor may
// manage that action.
Result<app::StoredSession> PathSession(RequestContext& ctx, std::int64_t action_id) {
  auto session_id = FormInt(ctx.Param("session_id"));
  if (!session_id || *session_id <= 0) return Fail(SessionNotFound());
  if (auto ok = app::CheckActionManagement(ctx.services.store, ctx.Who(), action_id); !ok) {
    return Fail(ok.error());
  }
  auto sessions = app::ListActionSessions(ctx.services.store, ctx.Who(), action_id);
  if (!sessions) return Fail(sessions.error());
  for (const auto& s : *sessions) {
    if (s.id == *session_id) return s;
  }
  return Fail(SessionNotFound());
}

HttpResponse EditPage(RequestContext& ctx, std::int64_t action_id, const app::StoredSession& s,
                      const SessionInput& values, bool cancelled, std::int64_t version,
                      const Error* error) {
  nlohmann::json form = SessionFormJson(action_id, values, error);
  form["action"] = ActionHref(action_id) + "/sessions/" + std::to_string(s.id);
  nlohmann::json e = error ? FieldErrorsJson(*error) : nlohmann::json::object();
  form["fields"].push_back(
      CheckboxField("cancelled", "Annulation", {{"1", "Session annulée"}},
                    cancelled ? std::vector<std::string>{"1"} : std::vector<std::string>{}, e,
                    "Les places d'une session annulée ne comptent plus."));
  form["version"] = version;
  form["cancel_href"] = ActionHref(action_id);
  const std::string title =
      "Modifier la session " + (s.fields.label.empty() ? "n° " + std::to_string(s.id)
                                                       : "« " + s.fields.label + " »");
  int status = 200;
  if (error) status = error->kind == ErrorKind::kInvalid ? 422 : 409;
  return ctx.Page("catalogue_session_form", title, {{"title", title}, {"form", form}}, status);
}

HttpResponse EditForm(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, SessionNotFound());
  auto s = PathSession(ctx, *id);
  if (!s) return ErrorPage(ctx, s.error());
  return EditPage(ctx, *id, *s, app::InputOfSession(s->fields), s->cancelled, s->version,
                  nullptr);
}

HttpResponse Edit(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, SessionNotFound());
  auto s = PathSession(ctx, *id);
  if (!s) return ErrorPage(ctx, s.error());
  const Params form = ctx.req.Form();
  SessionInput in = PostedSession(form);
  in.commune_code = s->fields.commune_code;  // not in the form: kept
  const bool cancelled = First(form, "cancelled").has_value();
  auto version = FormInt(First(form, "version"));
  const std::int64_t expected = version && *version > 0 ? *version : 0;
  auto saved = app::UpdateSession(ctx.services.store, ctx.services.clock, ctx.Who(), s->id,
                                  expected, in, cancelled);
  if (saved) return HttpResponse::Redirect(ActionHref(*id) + "?enregistre=1");
  const auto kind = saved.error().kind;
  if (kind != ErrorKind::kInvalid && kind != ErrorKind::kConflict && kind != ErrorKind::kStale) {
    return ErrorPage(ctx, saved.error());
  }
  return EditPage(ctx, *id, *s, in, cancelled, expected, &saved.error());
}

}  // namespace

SessionInput PostedSession(const Params& form) {
  SessionInput in;
  in.label = First(form, "label").value_or("");
  in.starts_on = First(form, "starts_on").value_or("");
  in.ends_on = First(form, "ends_on").value_or("");
  in.schedule = First(form, "schedule").value_or("");
  in.weekly_hours = FormDouble(First(form, "weekly_hours"));
  in.weeks = FormInt(First(form, "weeks"));
  in.places = FormInt(First(form, "places"));
  in.place = First(form, "place").value_or("");
  return in;
}

void RegisterSessionPages(Router& router) {
  router.Get("/offre/actions/{id}/sessions/{session_id}", Access::kPage, EditForm);
  router.Post("/offre/actions/{id}/sessions/{session_id}", Access::kPage, Edit);
}

}  // namespace pacte::web
