#include "web/api/v1/pact_api.hpp"

#include <cmath>

#include "app/pact/pact_reading.hpp"
#include "app/pact/pilot_updates.hpp"
#include "app/policies/pact_policy.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/json_body.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

nlohmann::json Opt(const std::optional<double>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json();
}

nlohmann::json ObjectiveApiJson(const app::ObjectiveView& o) {
  nlohmann::json pilots = nlohmann::json::array();
  for (const auto& p : o.record.pilots) pilots.push_back({{"institution_id", p.id}, {"name", p.name}});
  nlohmann::json indicators = nlohmann::json::array();
  for (const auto& i : o.indicators) indicators.push_back(IndicatorApiJson(i));
  nlohmann::json commitments = nlohmann::json::array();
  for (const auto& c : o.commitments) {
    commitments.push_back({{"id", c.id},
                           {"institution_id", c.institution_id},
                           {"institution_name", c.institution_name},
                           {"text", c.text},
                           {"action_id", c.action_id ? nlohmann::json(*c.action_id) : nullptr},
                           {"version", c.version}});
  }
  return {{"id", o.record.id},
          {"orientation_id", o.record.orientation_id},
          {"title", o.record.title},
          {"description", o.record.description},
          {"period_start", o.record.period.start},
          {"period_end", o.record.period.end},
          {"pilots", pilots},
          {"indicators", indicators},
          {"commitments", commitments},
          {"can_update", o.can_update}};
}

nlohmann::json CommentJson(const app::CommentRecord& c) {
  return {{"id", c.id},
          {"objective_id", c.objective_id},
          {"author_name", c.author_name},
          {"institution_id", c.institution_id ? nlohmann::json(*c.institution_id) : nullptr},
          {"institution_name", c.institution_name},
          {"body", c.body},
          {"at", IsoOrEmpty(c.at)}};
}

HttpResponse GetPactApi(RequestContext& ctx) {
  auto view = app::GetPact(ctx.services.store, ctx.services.clock, ctx.Who(),
                           ctx.services.indicators);
  if (!view) return ProblemResponse(view.error(), ctx.req.path);
  const auto& f = view->pact.fields;
  nlohmann::json signatories = nlohmann::json::array();
  for (const auto& s : view->signatories) {
    signatories.push_back({{"institution_id", s.institution_id},
                           {"institution_name", s.institution_name},
                           {"signed_on", s.signed_on ? FormatIsoDate(*s.signed_on) : ""},
                           {"representative", s.representative}});
  }
  nlohmann::json orientations = nlohmann::json::array();
  for (const auto& o : view->orientations) {
    nlohmann::json objectives = nlohmann::json::array();
    for (const auto& obj : o.objectives) objectives.push_back(ObjectiveApiJson(obj));
    orientations.push_back({{"id", o.record.id},
                            {"code", o.record.code},
                            {"label", o.record.label},
                            {"position", o.record.position},
                            {"objectives", objectives}});
  }
  return HttpResponse::Json({{"id", view->pact.id},
                             {"name", f.name},
                             {"period_start", f.period.start},
                             {"period_end", f.period.end},
                             {"adopted_on", f.adopted_on ? FormatIsoDate(*f.adopted_on) : ""},
                             {"status", PactStatusCode(f.status)},
                             {"version", view->pact.version},
                             {"signatories", signatories},
                             {"orientations", orientations}});
}

HttpResponse GetObjectiveApi(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto d = app::GetObjectiveDetail(ctx.services.store, ctx.services.clock, ctx.Who(),
                                   ctx.services.indicators, *id);
  if (!d) return ProblemResponse(d.error(), ctx.req.path);
  auto out = ObjectiveApiJson(*(*d)->objective);
  nlohmann::json comments = nlohmann::json::array();
  for (const auto& c : (*d)->comments) comments.push_back(CommentJson(c));
  out["comments"] = comments;
  return HttpResponse::Json(out);
}

HttpResponse ListComments(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto d = app::GetObjectiveDetail(ctx.services.store, ctx.services.clock, ctx.Who(), nullptr,
                                   *id);
  if (!d) return ProblemResponse(d.error(), ctx.req.path);
  app::PageOf<app::CommentRecord> page;
  page.items = (*d)->comments;
  page.total = static_cast<std::int64_t>(page.items.size());
  page.size = static_cast<int>(std::max<std::size_t>(page.items.size(), 1));
  return HttpResponse::Json(ListJson(page, CommentJson));
}

HttpResponse PostComment(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  if (auto ok = app::Authorize(ctx.Who(), app::PactAction::kComment); !ok) {
    return ProblemResponse(ok.error(), ctx.req.path);
  }
  auto body = ParseJsonObject(ctx.req);
  if (!body) return ProblemResponse(body.error(), ctx.req.path);
  JsonFields fields(*body, {"body"});
  auto text = fields.String("body", true).value_or("");
  if (auto ok = fields.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto saved = app::AddObjectiveComment(ctx.services.store, ctx.services.clock, ctx.Who(), *id,
                                        text);
  if (!saved) return ProblemResponse(saved.error(), ctx.req.path);
  return HttpResponse::Json({{"id", *saved}, {"objective_id", *id}, {"body", text}}, 201);
}

// "value" is a JSON number: JsonFields has no number reader.
std::optional<double> NumberField(const nlohmann::json& body, Validation& v) {
  if (!body.contains("value")) {
    v.Add("value", "Champ obligatoire.");
    return std::nullopt;
  }
  const auto& value = body["value"];
  if (!value.is_number()) {
    v.Add("value", "Doit être un nombre.");
    return std::nullopt;
  }
  return value.get<double>();
}

HttpResponse PostMeasurement(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  if (auto ok = app::AuthorizeIndicatorUpdate(ctx.services.store, ctx.Who(), *id); !ok) {
    return ProblemResponse(ok.error(), ctx.req.path);
  }
  auto body = ParseJsonObject(ctx.req);
  if (!body) return ProblemResponse(body.error(), ctx.req.path);
  JsonFields fields(*body, {"year", "value", "comment", "source"});
  app::MeasurementInput in;
  in.year = static_cast<int>(fields.Int("year", true).value_or(0));
  in.comment = fields.String("comment").value_or("");
  in.source = fields.String("source").value_or("");
  auto shape = fields.Finish();
  Validation number;
  auto value = NumberField(*body, number);
  if (!shape || !number.Ok()) {
    Error e = shape ? number.ToError("request.invalid_body") : shape.error();
    if (!shape && !number.Ok()) {
      for (const auto& f : number.ToError().fields) e.fields.push_back(f);
    }
    return ProblemResponse(e, ctx.req.path);
  }
  in.value = *value;
  auto saved = app::RecordMeasurement(ctx.services.store, ctx.services.clock, ctx.Who(), *id, in);
  if (!saved) return ProblemResponse(saved.error(), ctx.req.path);
  return HttpResponse::Json(
      {{"id", *saved}, {"indicator_id", *id}, {"year", in.year}, {"value", in.value}}, 201);
}

}  // namespace

nlohmann::json IndicatorApiJson(const app::IndicatorView& i) {
  const auto& f = i.record.fields;
  nlohmann::json years = nlohmann::json::array();
  for (const auto& y : i.years) {
    years.push_back({{"year", y.year},
                     {"target", Opt(y.target)},
                     {"expected", Opt(y.expected)},
                     {"value", Opt(y.value)},
                     {"note", y.note}});
  }
  return {{"id", i.record.id},
          {"name", f.name},
          {"unit", f.unit},
          {"higher_is_better", f.higher_is_better},
          {"computed_by", f.computed_by ? nlohmann::json(*f.computed_by) : nullptr},
          {"baseline_value", Opt(f.baseline_value)},
          {"baseline_on", f.baseline_on ? nlohmann::json(FormatIsoDate(*f.baseline_on)) : nullptr},
          {"status", IndicatorStatusCode(i.status)},
          {"status_label", IndicatorStatusLabel(i.status)},
          {"status_note", i.status_note},
          {"latest_year", i.latest ? nlohmann::json(i.latest->year) : nullptr},
          {"latest_value", i.latest ? nlohmann::json(i.latest->value) : nullptr},
          {"years", years}};
}

void RegisterPactApi(Router& router) {
  router.Get("/api/v1/pact", Access::kApi, GetPactApi);
  router.Get("/api/v1/pact/objectives/{id}", Access::kApi, GetObjectiveApi);
  router.Post("/api/v1/pact/indicators/{id}/measurements", Access::kApi, PostMeasurement);
  router.Get("/api/v1/pact/objectives/{id}/comments", Access::kApi, ListComments);
  router.Post("/api/v1/pact/objectives/{id}/comments", Access::kApi, PostComment);
}

}  // namespace pacte::web
