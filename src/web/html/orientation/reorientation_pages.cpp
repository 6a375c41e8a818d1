#include "app/orientation/reorientation_requests.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/html/forms.hpp"
#include "web/html/orientation/orientation_forms.hpp"
#include "web/html/orientation/orientation_pages.hpp"
#include "web/html/orientation/orientation_views.hpp"
#include "web/html/organisations/organisation_views.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

struct Decision {
  std::int64_t request_id = 0;
  app::ReorientationDecisionInput input;
  nlohmann::json errors = nlohmann::json::object();
};

nlohmann::json DecisionFormJson(const app::ReorientationRequestRecord& r,
                                const std::vector<Option>& structures, const Decision* posted) {
  const bool mine = posted && posted->request_id == r.id;
  const auto errors = mine ? posted->errors : nlohmann::json::object();
  const std::string p = "r" + std::to_string(r.id) + "-";
  auto prefixed = nlohmann::json::object();
  for (auto it = errors.begin(); it != errors.end(); ++it) prefixed[p + it.key()] = it.value();
  std::string structure = mine && posted->input.structure_id
                              ? std::to_string(*posted->input.structure_id)
                              : (r.proposed_structure_id ? std::to_string(*r.proposed_structure_id) : "");
  return {
      {"summary", errors.value("_summary", "")},
      {"decision", SelectField(FieldSpec(p + "decision", "Décision", mine ? posted->input.decision : "")
                                   .Required(),
                               {{"acceptee", "Accepter (nouvelle orientation)"}, {"refusee", "Refuser"}},
                               "Choisir", prefixed)},
      {"structure_id", SelectField(FieldSpec(p + "structure_id", "Organisme référent (si acceptée)",
                                             structure),
                                   structures, "Choisir une structure", prefixed)},
      {"decided_on", TextField(FieldSpec(p + "decided_on", "Date de la décision (si acceptée)",
                                         mine ? posted->input.decided_on : "")
                                   .Type("date").Hint("Par défaut : aujourd'hui."),
                               prefixed)},
      {"reason", TextField(FieldSpec(p + "decision_reason", "Motif (obligatoire pour refuser)",
                                     mine ? posted->input.reason : "")
                               .MaxLength(2000),
                           prefixed)}};
}

HttpResponse Render(RequestContext& ctx, const Decision* posted, int status) {
  auto query = ctx.req.QueryParams();
  auto page = PageFromQuery(query);
  auto list = app::ListPendingReorientations(ctx.services.store, ctx.services.clock, ctx.Who(), page);
  if (!list) return ErrorPage(ctx, list.error());
  auto structures = ReferentBodyOptions(ctx);
  if (!structures) return ErrorPage(ctx, structures.error());
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& r : list->items) {
    auto row = RequestViewJson(r);
    row["form"] = DecisionFormJson(r, *structures, posted);
    rows.push_back(row);
  }
  std::string done = FormValue(query, "decide");
  nlohmann::json data{{"requests", rows},
                      {"has_requests", !rows.empty()},
                      {"total", list->total},
                      {"saved", status == 200 && !done.empty()},
                      {"pagination", PaginationJson("/reorientations", query, list->total, page)}};
  return ctx.Page("orientation_requests", "Demandes de réorientation", data, status);
}

HttpResponse List(RequestContext& ctx) { return Render(ctx, nullptr, 200); }

HttpResponse Decide(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, Error::NotFound("reorientation.not_found",
                                                 "Demande de réorientation introuvable."));
  auto form = ctx.req.Form();
  const std::string p = "r" + std::to_string(*id) + "-";
  Decision d;
  d.request_id = *id;
  d.input.decision = FormValue(form, p + "decision");
  d.input.reason = FormValue(form, p + "decision_reason");
  if (auto s = ParseVersion(FormValue(form, p + "structure_id")); s > 0) d.input.structure_id = s;
  d.input.decided_on = FormValue(form, p + "decided_on");
  if (auto v = ParseVersion(FormValue(form, "version")); v > 0) d.input.expected_version = v;
  auto done = app::DecideReorientationRequest(ctx.services.store, ctx.services.clock, ctx.Who(),
                                              *id, d.input);
  if (done) return HttpResponse::Redirect("/reorientations?decide=" + std::to_string(*id));
  const Error& e = done.error();
  if (e.kind != ErrorKind::kInvalid && e.kind != ErrorKind::kConflict &&
      e.kind != ErrorKind::kStale) {
    return ErrorPage(ctx, e);
  }
  d.errors = FieldErrorsJson(e);
  return Render(ctx, &d, HttpStatusOf(e.kind));
}

}  // namespace

void RegisterReorientationPages(Router& router) {
  router.Get("/reorientations", Access::kPage, List);
  router.Post("/reorientations/{id}", Access::kPage, Decide);
}

}  // namespace pacte::web
