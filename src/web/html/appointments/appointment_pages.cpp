#include "web/html/appointments/appointment_pages.hpp"

#include "app/appointments/appointments.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/html/appointments/appointment_views.hpp"
#include "web/html/forms.hpp"
#include "web/html/parcours/person_tabs.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

Error NotFoundPage() { return app::AppointmentNotFound(); }

// The tab: upcoming (earliest first) and past (latest first), and the plan form.
HttpResponse PersonPage(RequestContext& ctx, std::int64_t person_id,
                        const app::AppointmentDraft* draft, const Error* error, int status) {
  auto list = app::ListPersonAppointments(ctx.services.store, ctx.services.clock, ctx.Who(),
                                          person_id);
  if (!list) return ErrorPage(ctx, list.error());
  const Timestamp now = ctx.services.clock.Now();
  nlohmann::json upcoming = nlohmann::json::array(), past = nlohmann::json::array();
  for (const auto& a : list->appointments) {
    auto row = AppointmentRowJson(a, now, list->can_edit);
    if (a.record.starts_at >= now) {
      upcoming.insert(upcoming.begin(), row);
    } else {
      past.push_back(row);
    }
  }
  const std::string self = "/beneficiaires/" + std::to_string(person_id) + "/rendez-vous";
  nlohmann::json data{
      {"person_tabs", PersonTabsJson(ctx.Who(), person_id, list->person.display_name, "rendez-vous")},
      {"person_name", list->person.display_name},
      {"upcoming", upcoming},
      {"has_upcoming", !upcoming.empty()},
      {"past", past},
      {"has_past", !past.empty()},
      {"can_edit", list->can_edit},
      {"exited", list->person.exited_on.has_value()},
      {"sortie_href", "/beneficiaires/" + std::to_string(person_id) + "/sortie"},
      {"saved", status == 200 && First(ctx.req.QueryParams(), "enregistre").has_value()},
      {"alert", error && error->kind != ErrorKind::kInvalid ? nlohmann::json(error->message)
                                                            : nlohmann::json()}};
  if (list->can_edit) {
    auto errors = error && error->kind == ErrorKind::kInvalid ? FieldErrorsJson(*error)
                                                              : nlohmann::json::object();
    data["form"] = AppointmentFormJson(draft ? *draft : NewAppointmentDraft(now), list->motives,
                                       errors, self, 0);
  }
  return ctx.Page("appointments_person", "Rendez-vous de " + list->person.display_name, data,
                  status);
}

HttpResponse ShowPerson(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, app::PersonNotFound());
  return PersonPage(ctx, *id, nullptr, nullptr, 200);
}

HttpResponse Plan(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, app::PersonNotFound());
  auto draft = AppointmentDraftFromForm(ctx.req.Form());
  draft.status.clear();  // planned from the tab: a_venir, or a past one to record later
  auto created =
      app::PlanAppointment(ctx.services.store, ctx.services.clock, ctx.Who(), *id, draft);
  if (created) {
    return HttpResponse::Redirect("/beneficiaires/" + std::to_string(*id) +
                                  "/rendez-vous?enregistre=1");
  }
  if (created.error().kind != ErrorKind::kInvalid) return ErrorPage(ctx, created.error());
  return PersonPage(ctx, *id, &draft, &created.error(), 422);
}

HttpResponse DetailPage(RequestContext& ctx, std::int64_t id, const app::AppointmentDraft* draft,
                        std::optional<std::int64_t> typed_version, const Error* error,
                        int status) {
  auto found = app::GetAppointment(ctx.services.store, ctx.services.clock, ctx.Who(), id);
  if (!found) return ErrorPage(ctx, found.error());
  const Timestamp now = ctx.services.clock.Now();
  const auto& person = found->person;
  nlohmann::json data{
      {"person_tabs", PersonTabsJson(ctx.Who(), person.id, person.display_name, "rendez-vous")},
      {"person_name", person.display_name},
      {"back_href", "/beneficiaires/" + std::to_string(person.id) + "/rendez-vous"},
      {"appointment", AppointmentRowJson(found->appointment, now, found->can_edit)},
      {"can_edit", found->can_edit},
      {"saved", status == 200 && First(ctx.req.QueryParams(), "enregistre").has_value()},
      {"alert", error && error->kind != ErrorKind::kInvalid ? nlohmann::json(error->message)
                                                            : nlohmann::json()}};
  if (found->can_edit) {
    auto errors = error && error->kind == ErrorKind::kInvalid ? FieldErrorsJson(*error)
                                                              : nlohmann::json::object();
    auto shown = draft ? *draft : app::DraftOf(found->appointment.record);
    data["form"] = AppointmentFormJson(shown, found->motives, errors,
                                       "/rendez-vous/" + std::to_string(id),
                                       typed_version.value_or(found->appointment.version));
  }
  return ctx.Page("appointments_detail", "Rendez-vous de " + person.display_name, data, status);
}

HttpResponse Show(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, NotFoundPage());
  return DetailPage(ctx, *id, nullptr, std::nullopt, nullptr, 200);
}

// After a failed change: 409 shows the current row with the message; 422 keeps what was typed.
HttpResponse AfterFailure(RequestContext& ctx, std::int64_t id, const Error& e,
                          const app::AppointmentDraft* typed, std::int64_t version) {
  if (e.kind == ErrorKind::kStale) return DetailPage(ctx, id, nullptr, std::nullopt, &e, 409);
  if (e.kind != ErrorKind::kInvalid) return ErrorPage(ctx, e);
  return DetailPage(ctx, id, typed, version, &e, 422);
}

HttpResponse Update(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, NotFoundPage());
  auto form = ctx.req.Form();
  auto draft = AppointmentDraftFromForm(form);
  std::int64_t version = FormId(form, "version");
  app::AppointmentChanges c;
  c.starts_at = draft.starts_at;
  c.duration_minutes = draft.duration_minutes;
  c.mode = draft.mode;
  c.place = draft.place;
  c.motive = draft.motive;
  c.status = draft.status;
  c.comment = draft.comment;
  auto updated =
      app::UpdateAppointment(ctx.services.store, ctx.services.clock, ctx.Who(), *id, version, c);
  if (updated) return HttpResponse::Redirect("/rendez-vous/" + std::to_string(*id) + "?enregistre=1");
  return AfterFailure(ctx, *id, updated.error(), &draft, version);
}

HttpResponse QuickStatus(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, NotFoundPage());
  auto form = ctx.req.Form();
  app::AppointmentChanges c;
  std::string status = FormText(form, "statut");
  c.status = status.empty() ? std::string("?") : status;  // missing → "Statut inconnu"
  std::int64_t version = FormId(form, "version");
  auto updated =
      app::UpdateAppointment(ctx.services.store, ctx.services.clock, ctx.Who(), *id, version, c);
  if (updated) {
    return HttpResponse::Redirect("/beneficiaires/" +
                                  std::to_string(updated->record.person_id) +
                                  "/rendez-vous?enregistre=1");
  }
  return AfterFailure(ctx, *id, updated.error(), nullptr, version);
}

HttpResponse Convocation(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, NotFoundPage());
  auto found = app::GetAppointment(ctx.services.store, ctx.services.clock, ctx.Who(), *id, true);
  if (!found) return ErrorPage(ctx, found.error());
  const auto& p = found->person;
  const auto& r = found->appointment.record;
  nlohmann::json data{
      {"departement", found->departement_name},
      {"today", FormatFrenchDate(DateOf(ctx.services.clock.Now()))},
      {"civility", p.civility_label},
      {"person_name", p.display_name},
      {"address", p.address.value_or("")},
      {"postal_code", p.postal_code},
      {"commune", p.commune_name},
      {"date", FormatFrenchDate(DateOf(r.starts_at))},
      {"time", FormatIsoTimestamp(r.starts_at).substr(11, 5)},
      {"duration_minutes", r.duration_minutes},
      {"mode", AppointmentModeLabel(r.mode)},
      {"on_site", r.mode == AppointmentMode::kSurPlace},
      {"by_phone", r.mode == AppointmentMode::kTelephone},
      {"by_video", r.mode == AppointmentMode::kVisio},
      {"place", r.place.value_or("")},
      {"structure", found->appointment.structure_name},
      {"motive", found->appointment.motive_label},
      {"referent", found->referent_name},
      {"in_dd", p.dd_since.has_value() && !p.exited_on.has_value()},
      {"back_href", "/rendez-vous/" + std::to_string(*id)}};
  return ctx.Page("appointments_convocation", "Convocation à un rendez-vous", data);
}

}  // namespace

void RegisterAppointmentPages(Router& router) {
  router.Get("/beneficiaires/{id}/rendez-vous", Access::kPage, ShowPerson);
  router.Post("/beneficiaires/{id}/rendez-vous", Access::kPage, Plan);
  router.Get("/rendez-vous/{id}", Access::kPage, Show);
  router.Post("/rendez-vous/{id}", Access::kPage, Update);
  router.Post("/rendez-vous/{id}/statut", Access::kPage, QuickStatus);
  router.Get("/rendez-vous/{id}/convocation", Access::kPage, Convocation);
}

}  // namespace pacte::web
