#include "app/appointments/appointment_motives.hpp"
#include "app/appointments/appointments.hpp"
#include "web/html/appointments/appointment_pages.hpp"
#include "web/html/appointments/appointment_views.hpp"
#include "web/html/forms.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

// The référent's day starts here: what is "à préciser" first, then what is coming.
HttpResponse Agenda(RequestContext& ctx) {
  auto entries = app::AgendaOf(ctx.services.store, ctx.services.clock, ctx.Who());
  if (!entries) return ErrorPage(ctx, entries.error());
  const Timestamp now = ctx.services.clock.Now();
  nlohmann::json to_specify = nlohmann::json::array(), upcoming = nlohmann::json::array();
  for (const auto& e : *entries) {
    auto row = AppointmentRowJson(e.appointment, now, true);
    row["agenda_person"] = e.person_name;
    row["person_href"] =
        "/beneficiaires/" + std::to_string(e.appointment.record.person_id) + "/rendez-vous";
    (row["to_specify"].get<bool>() ? to_specify : upcoming).push_back(row);
  }
  nlohmann::json data{{"to_specify", to_specify},
                      {"has_to_specify", !to_specify.empty()},
                      {"upcoming", upcoming},
                      {"has_upcoming", !upcoming.empty()}};
  return ctx.Page("appointments_agenda", "Mes rendez-vous", data);
}

HttpResponse MotivesPage(RequestContext& ctx, const Error* error, int status,
                         const Params* typed) {
  if (!app::CanManageMotives(ctx.Who())) {
    return ErrorPage(ctx, Error::Forbidden("Seuls les administrateurs et les coordinateurs "
                                           "gèrent les motifs de rendez-vous."));
  }
  auto motives = app::ListMotives(ctx.services.store, ctx.Who());
  if (!motives) return ErrorPage(ctx, motives.error());
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& m : *motives) {
    rows.push_back({{"id", m.id},
                    {"code", m.code},
                    {"label", m.label},
                    {"active", m.active},
                    {"state", m.active ? "Proposé" : "Désactivé"},
                    {"version", m.version}});
  }
  nlohmann::json data{
      {"motives", rows},
      {"saved", status == 200 && First(ctx.req.QueryParams(), "enregistre").has_value()},
      {"errors", error && error->kind == ErrorKind::kInvalid ? FieldErrorsJson(*error)
                                                             : nlohmann::json::object()},
      {"alert", error && error->kind != ErrorKind::kInvalid ? nlohmann::json(error->message)
                                                            : nlohmann::json()},
      {"code", typed ? FormText(*typed, "code") : ""},
      {"libelle", typed ? FormText(*typed, "libelle") : ""}};
  return ctx.Page("appointments_motives", "Motifs de rendez-vous", data, status);
}

HttpResponse ShowMotives(RequestContext& ctx) { return MotivesPage(ctx, nullptr, 200, nullptr); }

HttpResponse AddMotive(RequestContext& ctx) {
  auto form = ctx.req.Form();
  auto added = app::AddMotive(ctx.services.store, ctx.services.clock, ctx.Who(),
                              FormText(form, "code"), FormText(form, "libelle"));
  if (added) return HttpResponse::Redirect("/referentiels/motifs-rendez-vous?enregistre=1");
  const Error& e = added.error();
  if (e.kind == ErrorKind::kForbidden) return ErrorPage(ctx, e);
  return MotivesPage(ctx, &e, e.kind == ErrorKind::kInvalid ? 422 : 409, &form);
}

HttpResponse ChangeMotive(RequestContext& ctx) {
  auto form = ctx.req.Form();
  if (!app::CanManageMotives(ctx.Who())) {
    return ErrorPage(ctx, Error::Forbidden("Seuls les administrateurs et les coordinateurs "
                                           "gèrent les motifs de rendez-vous."));
  }
  std::int64_t id = FormId(form, "id");
  std::string label = FormText(form, "libelle");
  bool active = FormText(form, "actif") == "1";
  auto updated = app::UpdateMotive(ctx.services.store, ctx.services.clock, ctx.Who(), id,
                                   FormId(form, "version"), label, active);
  if (updated) return HttpResponse::Redirect("/referentiels/motifs-rendez-vous?enregistre=1");
  const Error& e = updated.error();
  int status = e.kind == ErrorKind::kInvalid ? 422 : e.kind == ErrorKind::kNotFound ? 404 : 409;
  if (e.kind == ErrorKind::kInvalid) {
    // A row's rename field: reported as an alert above the table, not on the add form.
    Error shown = Error::Conflict(e.code, "Libellé du motif : " + e.fields.front().message);
    return MotivesPage(ctx, &shown, status, nullptr);
  }
  return MotivesPage(ctx, &e, status, nullptr);
}

}  // namespace

void RegisterAgendaPages(Router& router) {
  router.Get("/rendez-vous", Access::kPage, Agenda);
}

void RegisterMotivePages(Router& router) {
  router.Get("/referentiels/motifs-rendez-vous", Access::kPage, ShowMotives);
  router.Post("/referentiels/motifs-rendez-vous", Access::kPage, AddMotive);
  router.Post("/referentiels/motifs-rendez-vous/modification", Access::kPage, ChangeMotive);
}

}  // namespace pacte::web
