#include "app/policies/offer_policy.hpp"
#include "app/prescriptions/prescriptions.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/html/appointments/appointment_views.hpp"
#include "web/html/forms.hpp"
#include "web/html/prescriptions/prescription_pages.hpp"
#include "web/html/prescriptions/prescription_views.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

std::optional<app::PrescriptionBox> ParseBox(const std::string& code) {
  if (code == "recues") return app::PrescriptionBox::kRecues;
  if (code == "envoyees") return app::PrescriptionBox::kEnvoyees;
  if (code == "toutes") return app::PrescriptionBox::kToutes;
  return std::nullopt;
}

nlohmann::json BoxLinks(const app::Actor& actor, app::PrescriptionBox current) {
  nlohmann::json links = nlohmann::json::array();
  auto add = [&](const char* code, const char* label, app::PrescriptionBox box) {
    links.push_back({{"href", std::string("/offre/prescriptions?boite=") + code},
                     {"label", label},
                     {"current", box == current}});
  };
  if (actor.Has(Role::kAdmin)) add("toutes", "Toutes", app::PrescriptionBox::kToutes);
  if (app::IsAllowed(actor, app::OfferAction::kAnswerPrescription)) {
    add("recues", "Reçues par ma structure", app::PrescriptionBox::kRecues);
  }
  if (app::IsAllowed(actor, app::OfferAction::kPrescribe)) {
    add("envoyees", "Envoyées", app::PrescriptionBox::kEnvoyees);
  }
  return links;
}

HttpResponse ShowList(RequestContext& ctx) {
  const auto query = ctx.req.QueryParams();
  auto page = PageFromQuery(query);
  app::PrescriptionListQuery q;
  q.box = ParseBox(FormText(query, "boite"));
  const std::string status = FormText(query, "statut");
  q.status = ParsePrescriptionStatus(status);
  auto list = app::ListPrescriptions(ctx.services.store, ctx.services.clock, ctx.Who(), q, page);
  if (!list) return ErrorPage(ctx, list.error());
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& p : list->page.items) rows.push_back(PrescriptionRowJson(p));
  const bool inbox = list->box != app::PrescriptionBox::kEnvoyees;
  nlohmann::json data{
      {"boxes", BoxLinks(ctx.Who(), list->box)},
      {"box", list->box == app::PrescriptionBox::kRecues   ? "recues"
              : list->box == app::PrescriptionBox::kToutes ? "toutes"
                                                            : "envoyees"},
      {"inbox", inbox},
      {"pending", inbox ? app::CountPendingAnswers(ctx.services.store, ctx.Who()) : 0},
      {"status_options", StatusOptions(q.status ? status : "")},
      {"rows", rows},
      {"has_rows", !rows.empty()},
      {"total", list->page.total},
      {"pagination", PaginationJson(ctx.req.path, query, list->page.total, page)}};
  return ctx.Page("prescriptions_list", "Prescriptions", data);
}

nlohmann::json EventsJson(const std::vector<app::PrescriptionEvent>& events) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& e : events) {
    std::string label = e.status == "relance" ? "Relance de l'opérateur (sans réponse)" : "";
    if (auto s = ParsePrescriptionStatus(e.status)) label = PrescriptionStatusLabel(*s);
    std::string detail;
    if (e.reason) {
      auto r = ParseRefusalReason(*e.reason);
      detail = r ? std::string(RefusalReasonLabel(*r)) : *e.reason;
    }
    if (e.outcome) {
      auto o = ParseExitOutcome(*e.outcome);
      detail = o ? std::string(ExitOutcomeLabel(*o)) : *e.outcome;
    }
    if (!e.comment.empty()) detail += (detail.empty() ? "" : " : ") + e.comment;
    out.push_back({{"when", FormatFrenchTimestamp(e.at)},
                   {"label", label},
                   {"detail", detail},
                   {"by", e.agent_name.empty() ? "Automatique" : e.agent_name}});
  }
  return out;
}

// The statuses the operator may choose next (the domain decides which one is accepted).
nlohmann::json NextStatuses(PrescriptionStatus from, const std::string& selected) {
  std::vector<std::pair<std::string, std::string>> choices;
  auto add = [&](PrescriptionStatus s, const char* label) {
    choices.emplace_back(PrescriptionStatusCode(s), label);
  };
  if (from == PrescriptionStatus::kEnAttente) {
    add(PrescriptionStatus::kAcceptee, "Accepter");
    add(PrescriptionStatus::kRefusee, "Refuser");
  } else if (from == PrescriptionStatus::kAcceptee) {
    add(PrescriptionStatus::kEntree, "Enregistrer l'entrée");
    add(PrescriptionStatus::kRefusee, "Annuler (la personne ne viendra pas)");
  } else if (from == PrescriptionStatus::kEntree) {
    add(PrescriptionStatus::kSortie, "Enregistrer la sortie");
  }
  return Options(choices, selected);
}

HttpResponse DetailPage(RequestContext& ctx, std::int64_t id, const PrescriptionChange& c,
                        const Error* error, int status) {
  auto d = app::GetPrescription(ctx.services.store, ctx.services.clock, ctx.Who(), id);
  if (!d) return ErrorPage(ctx, d.error());
  const auto& p = d->prescription;
  const std::string person = p.person_first_name + " " + p.person_last_name;
  nlohmann::json next = NextStatuses(p.status, c.status);
  const auto query = ctx.req.QueryParams();
  nlohmann::json data{
      {"row", PrescriptionRowJson(p)},
      {"person_name", person},
      {"person_href", "/beneficiaires/" + std::to_string(p.person_id) +
                          (d->can_open_file ? "" : "/prescriptions")},
      {"email", d->contact.email.value_or("")},
      {"phone", d->contact.phone.value_or("")},
      {"referent", d->contact.referent_name},
      {"referent_email", d->contact.referent_email.value_or("")},
      {"message", p.message},
      {"planned", PlannedHours(p)},
      {"reason_detail", p.reason_detail.value_or("")},
      {"entered_on", p.entered_on ? FormatFrenchDate(*p.entered_on) : ""},
      {"exited_on", p.exited_on ? FormatFrenchDate(*p.exited_on) : ""},
      {"events", EventsJson(d->events)},
      {"can_answer", d->can_answer && !next.empty()},
      {"form_action", "/offre/prescriptions/" + std::to_string(id) + "/reponse"},
      {"version", p.version},
      {"next_options", next},
      {"reason_options", ReasonOptions(c.reason)},
      {"outcome_options", OutcomeOptions(c.outcome)},
      {"reason_detail_value", c.reason_detail},
      {"on_value", c.on.empty() ? FormatIsoDate(DateOf(ctx.services.clock.Now())) : c.on},
      {"sent", First(query, "envoyee").has_value()},
      {"saved", First(query, "enregistre").has_value()},
      {"errors", error && error->kind == ErrorKind::kInvalid ? FieldErrorsJson(*error)
                                                             : nlohmann::json::object()},
      {"alert", error && error->kind != ErrorKind::kInvalid ? nlohmann::json(error->message)
                                                            : nlohmann::json()}};
  return ctx.Page("prescriptions_detail", "Prescription : " + p.action_name, data, status);
}

HttpResponse ShowDetail(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, app::PrescriptionNotFound());
  return DetailPage(ctx, *id, {}, nullptr, 200);
}

HttpResponse Answer(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, app::PrescriptionNotFound());
  const auto form = ctx.req.Form();
  PrescriptionChange c{FormText(form, "status"), FormText(form, "reason"),
                            FormText(form, "reason_detail"), FormText(form, "outcome"),
                            FormText(form, "on")};
  std::optional<std::int64_t> version;
  if (std::int64_t v = FormId(form, "version"); v > 0) version = v;
  auto done = app::ChangePrescriptionStatus(ctx.services.store, ctx.services.clock, ctx.Who(),
                                            *id, version, c);
  if (done) {
    return HttpResponse::Redirect("/offre/prescriptions/" + std::to_string(*id) +
                                  "?enregistre=1");
  }
  const auto kind = done.error().kind;
  if (kind == ErrorKind::kNotFound || kind == ErrorKind::kForbidden) {
    return ErrorPage(ctx, done.error());
  }
  return DetailPage(ctx, *id, c, &done.error(), kind == ErrorKind::kInvalid ? 422 : 409);
}

HttpResponse ShowParticipants(RequestContext& ctx) {
  const auto query = ctx.req.QueryParams();
  auto page = PageFromQuery(query);
  auto list = app::ListParticipants(ctx.services.store, ctx.services.clock, ctx.Who(), page);
  if (!list) return ErrorPage(ctx, list.error());
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& x : list->items) {
    rows.push_back({{"name", x.first_name + " " + x.last_name},
                    {"href", "/offre/prescriptions/" + std::to_string(x.prescription_id)},
                    {"email", x.email.value_or("")},
                    {"phone", x.phone.value_or("")},
                    {"referent", x.referent_name},
                    {"referent_email", x.referent_email.value_or("")},
                    {"action", x.action_name},
                    {"session", x.session_label.value_or("")},
                    {"status", PrescriptionStatusLabel(x.status)},
                    {"entered_on", x.entered_on ? FormatFrenchDate(*x.entered_on) : ""}});
  }
  nlohmann::json data{{"rows", rows},
                      {"has_rows", !rows.empty()},
                      {"total", list->total},
                      {"pagination", PaginationJson(ctx.req.path, query, list->total, page)}};
  return ctx.Page("prescriptions_participants", "Participants", data);
}

}  // namespace

void RegisterOfferPrescriptionPages(Router& router) {
  router.Get("/offre/prescriptions", Access::kPage, ShowList);
  router.Get("/offre/prescriptions/{id}", Access::kPage, ShowDetail);
  router.Post("/offre/prescriptions/{id}/reponse", Access::kPage, Answer);
  router.Get("/offre/participants", Access::kPage, ShowParticipants);
}

}  // namespace pacte::web
