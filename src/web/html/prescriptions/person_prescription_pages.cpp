#include "app/policies/person_policy.hpp"
#include "app/prescriptions/prescriptions.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/html/appointments/appointment_views.hpp"
#include "web/html/forms.hpp"
#include "web/html/parcours/person_tabs.hpp"
#include "web/html/prescriptions/prescription_pages.hpp"
#include "web/html/prescriptions/prescription_views.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

std::string PersonPath(std::int64_t id, const char* tail) {
  return "/beneficiaires/" + std::to_string(id) + tail;
}

std::optional<std::int64_t> QueryId(const Params& params, const std::string& name) {
  std::int64_t id = FormId(params, name);
  if (id <= 0) return std::nullopt;
  return id;
}

HttpResponse ShowPersonPrescriptions(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, app::PersonNotFound());
  auto page = PageFromQuery(ctx.req.QueryParams());
  app::PrescriptionListQuery q;
  q.person_id = *id;
  auto list = app::ListPrescriptions(ctx.services.store, ctx.services.clock, ctx.Who(), q, page);
  if (!list) return ErrorPage(ctx, list.error());
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& p : list->page.items) rows.push_back(PrescriptionRowJson(p));
  const auto& c = list->contact;
  nlohmann::json data{
      {"person_name", list->person_name},
      {"sees_file", list->sees_file},
      {"email", c.email.value_or("")},
      {"phone", c.phone.value_or("")},
      {"referent", c.referent_name},
      {"referent_email", c.referent_email.value_or("")},
      {"can_prescribe", list->can_prescribe},
      {"find_href", PersonPath(*id, "/trouver-une-action")},
      {"rows", rows},
      {"has_rows", !rows.empty()},
      {"total", list->page.total},
      {"pagination", PaginationJson(ctx.req.path, ctx.req.QueryParams(), list->page.total,
                                    page)}};
  if (list->sees_file) {
    data["person_tabs"] = PersonTabsJson(ctx.Who(), *id, list->person_name, "prescriptions");
  }
  return ctx.Page("prescriptions_person", "Prescriptions de " + list->person_name, data);
}

struct FormState {
  app::PrescriptionRequest request;
  const Error* error = nullptr;
};

HttpResponse FormPage(RequestContext& ctx, const FormState& state, int status) {
  const auto& in = state.request;
  auto form = app::GetPrescriptionForm(ctx.services.store, ctx.services.clock, ctx.Who(),
                                       in.person_id, in.action_id);
  if (!form) return ErrorPage(ctx, form.error());
  nlohmann::json sessions = nlohmann::json::array();
  for (const auto& s : form->sessions) {
    sessions.push_back({{"value", std::to_string(s.id)},
                        {"label", s.label + " (" + std::to_string(s.free_places) +
                                      (s.free_places > 1 ? " places libres)" : " place libre)")},
                        {"selected", in.session_id == s.id}});
  }
  nlohmann::json errors = nlohmann::json::object();
  nlohmann::json alert;
  if (state.error) {
    if (state.error->kind == ErrorKind::kInvalid) {
      errors = FieldErrorsJson(*state.error);
    } else {
      alert = state.error->message;
    }
  }
  nlohmann::json data{
      {"person_tabs", PersonTabsJson(ctx.Who(), in.person_id, form->person_name, "prescriptions")},
      {"person_name", form->person_name},
      {"has_action", form->action.has_value()},
      {"action_id", in.action_id ? std::to_string(*in.action_id) : ""},
      {"action_name", form->action ? form->action->name : ""},
      {"structure_name", form->action ? form->action->structure_name : ""},
      {"action_href", in.action_id ? "/offre/actions/" + std::to_string(*in.action_id) : ""},
      {"find_href", PersonPath(in.person_id, "/trouver-une-action")},
      {"sessions", sessions},
      {"has_sessions", !sessions.empty()},
      {"message", in.draft.message},
      {"weekly_hours", in.draft.weekly_hours},
      {"weeks", in.draft.weeks},
      {"form_action", PersonPath(in.person_id, "/prescriptions/nouvelle")},
      {"errors", errors},
      {"alert", alert}};
  return ctx.Page("prescriptions_form", "Prescrire une action à " + form->person_name, data,
                  status);
}

HttpResponse ShowForm(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, app::PersonNotFound());
  FormState state;
  state.request.person_id = *id;
  const auto query = ctx.req.QueryParams();
  state.request.action_id = QueryId(query, "action");
  state.request.session_id = QueryId(query, "session");
  return FormPage(ctx, state, 200);
}

HttpResponse SubmitForm(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, app::PersonNotFound());
  const auto form = ctx.req.Form();
  FormState state;
  state.request.person_id = *id;
  state.request.action_id = QueryId(form, "action_id");
  state.request.session_id = QueryId(form, "session_id");
  state.request.draft = {FormText(form, "message"), FormText(form, "weekly_hours"),
                         FormText(form, "weeks")};
  auto created =
      app::CreatePrescription(ctx.services.store, ctx.services.clock, ctx.Who(), state.request);
  if (created) {
    return HttpResponse::Redirect("/offre/prescriptions/" + std::to_string(created->id) +
                                  "?envoyee=1");
  }
  if (created.error().kind == ErrorKind::kNotFound ||
      created.error().kind == ErrorKind::kForbidden) {
    return ErrorPage(ctx, created.error());
  }
  state.error = &created.error();
  return FormPage(ctx, state, 422);
}

}  // namespace

void RegisterPersonPrescriptionPages(Router& router) {
  router.Get("/beneficiaires/{id}/prescriptions", Access::kPage, ShowPersonPrescriptions);
  router.Get("/beneficiaires/{id}/prescriptions/nouvelle", Access::kPage, ShowForm);
  router.Post("/beneficiaires/{id}/prescriptions/nouvelle", Access::kPage, SubmitForm);
}

}  // namespace pacte::web
