#include "web/api/v1/orientations_api.hpp"

#include "app/parcours/person_access.hpp"
#include "app/orientation/criteria_json.hpp"
#include "app/orientation/orient_person.hpp"
#include "app/orientation/orientation_overview.hpp"
#include "app/orientation/reorientation_requests.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/json_body.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

nlohmann::json OptId(const std::optional<std::int64_t>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

nlohmann::json OptText(const std::optional<std::string>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

std::string TextIn(const nlohmann::json& o, const std::string& key, const std::string& where,
                   Validation& errors) {
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) return "";
  if (!it->is_string()) {
    errors.Add(where + key, "Doit être une chaîne de caractères.");
    return "";
  }
  return it->get<std::string>();
}

void ReadDifficulties(const nlohmann::json& list, OrientationCriteriaDraft& out,
                      Validation& errors) {
  if (!list.is_array()) {
    errors.Add("criteria.difficulties", "Doit être une liste d'objets {area, impact}.");
    return;
  }
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string where = "criteria.difficulties[" + std::to_string(i) + "].";
    if (!list[i].is_object()) {
      errors.Add(where.substr(0, where.size() - 1), "Doit être un objet {area, impact}.");
      continue;
    }
    for (auto it = list[i].begin(); it != list[i].end(); ++it) {
      if (it.key() != "area" && it.key() != "impact") errors.Add(where + it.key(), "Champ inconnu.");
    }
    out.difficulties.push_back(
        {TextIn(list[i], "area", where, errors), TextIn(list[i], "impact", where, errors)});
  }
}

// The criteria object's shape (codes are checked by the domain).
Status ReadCriteria(const nlohmann::json& body, OrientationCriteriaDraft& out) {
  auto it = body.find("criteria");
  if (it == body.end() || it->is_null()) return {};
  Validation errors;
  if (!it->is_object()) {
    errors.Add("criteria", "Doit être un objet.");
    return Fail(errors.ToError("request.invalid_fields"));
  }
  static const std::set<std::string> kKnown{"employment_situation", "qualification", "project",
                                            "difficulties", "other_difficulty"};
  for (auto f = it->begin(); f != it->end(); ++f) {
    if (!kKnown.count(f.key())) errors.Add("criteria." + f.key(), "Champ inconnu.");
  }
  out.employment_situation = TextIn(*it, "employment_situation", "criteria.", errors);
  out.qualification = TextIn(*it, "qualification", "criteria.", errors);
  out.project = TextIn(*it, "project", "criteria.", errors);
  out.other_difficulty = TextIn(*it, "other_difficulty", "criteria.", errors);
  if (auto d = it->find("difficulties"); d != it->end() && !d->is_null()) {
    ReadDifficulties(*d, out, errors);
  }
  if (!errors.Ok()) return Fail(errors.ToError("request.invalid_fields"));
  return {};
}

Result<std::int64_t> PersonId(RequestContext& ctx, app::PersonAction action) {
  auto id = PathId(ctx);
  if (!id) return Fail(app::PersonNotFound());
  if (auto ok = app::CheckPersonAction(ctx.services.store, ctx.Who(), *id, action); !ok) {
    return Fail(ok.error());
  }
  return *id;
}

HttpResponse List(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto seen = app::GetOrientationOverview(ctx.services.store, ctx.services.clock, ctx.Who(), *id);
  if (!seen) return ProblemResponse(seen.error(), ctx.req.path);
  app::PageOf<app::OrientationRecord> page{seen->history,
                                          static_cast<std::int64_t>(seen->history.size()), 1,
                                          static_cast<int>(seen->history.size())};
  return HttpResponse::Json(ListJson(page, OrientationJson));
}

HttpResponse Create(RequestContext& ctx) {
  auto person = PersonId(ctx, app::PersonAction::kOrient);
  if (!person) return ProblemResponse(person.error(), ctx.req.path);
  auto body = ParseJsonObject(ctx.req);
  if (!body) return ProblemResponse(body.error(), ctx.req.path);
  JsonFields fields(*body, {"parcours", "structure_id", "decided_on", "reason", "decided_by",
                            "criteria", "is_reorientation"});
  app::OrientationInput in;
  in.draft.parcours = fields.String("parcours").value_or("");
  in.draft.structure_id = fields.Int("structure_id").value_or(0);
  in.draft.decided_on = fields.String("decided_on").value_or("");
  in.draft.reason = fields.String("reason").value_or("");
  in.draft.decided_by = fields.String("decided_by").value_or("");
  in.as_reorientation = fields.Bool("is_reorientation").value_or(false);
  if (auto ok = fields.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  if (auto ok = ReadCriteria(*body, in.draft.criteria); !ok) {
    return ProblemResponse(ok.error(), ctx.req.path);
  }
  auto created =
      app::OrientPerson(ctx.services.store, ctx.services.clock, ctx.Who(), *person, in);
  if (!created) return ProblemResponse(created.error(), ctx.req.path);
  auto r = HttpResponse::Json(OrientationJson(*created), 201);
  r.Set("Location", "/api/v1/beneficiaries/" + std::to_string(*person) + "/orientations");
  return r;
}

HttpResponse CreateRequest(RequestContext& ctx) {
  auto person = PersonId(ctx, app::PersonAction::kRequestReorientation);
  if (!person) return ProblemResponse(person.error(), ctx.req.path);
  auto body = ParseJsonObject(ctx.req);
  if (!body) return ProblemResponse(body.error(), ctx.req.path);
  JsonFields fields(*body, {"motive", "proposed_parcours", "proposed_structure_id"});
  app::ReorientationRequestInput in;
  in.draft.motive = fields.String("motive").value_or("");
  in.draft.proposed_parcours = fields.String("proposed_parcours").value_or("");
  in.proposed_structure_id = fields.Int("proposed_structure_id");
  if (auto ok = fields.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto created =
      app::RequestReorientation(ctx.services.store, ctx.services.clock, ctx.Who(), *person, in);
  if (!created) return ProblemResponse(created.error(), ctx.req.path);
  return HttpResponse::Json(ReorientationRequestJson(*created), 201);
}

HttpResponse ListRequests(RequestContext& ctx) {
  auto params = ctx.req.QueryParams();
  QueryReader q(params, {});
  auto page = q.Page();
  if (auto ok = q.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto list =
      app::ListPendingReorientations(ctx.services.store, ctx.services.clock, ctx.Who(), page);
  if (!list) return ProblemResponse(list.error(), ctx.req.path);
  return HttpResponse::Json(ListJson(*list, ReorientationRequestJson));
}

HttpResponse Decide(RequestContext& ctx) {
  if (!app::MayDecideReorientations(ctx.Who())) {
    return ProblemResponse(Error::Forbidden(), ctx.req.path);
  }
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto body = ParseJsonObject(ctx.req);
  if (!body) return ProblemResponse(body.error(), ctx.req.path);
  JsonFields fields(*body, {"decision", "reason", "structure_id", "decided_on", "version"});
  app::ReorientationDecisionInput in;
  in.decision = fields.String("decision", true).value_or("");
  in.reason = fields.String("reason").value_or("");
  in.structure_id = fields.Int("structure_id");
  in.decided_on = fields.String("decided_on").value_or("");
  in.expected_version = fields.Int("version");
  if (auto ok = fields.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto done = app::DecideReorientationRequest(ctx.services.store, ctx.services.clock, ctx.Who(),
                                              *id, in);
  if (!done) return ProblemResponse(done.error(), ctx.req.path);
  return HttpResponse::Json(ReorientationRequestJson(*done));
}

}  // namespace

nlohmann::json OrientationJson(const app::OrientationRecord& r) {
  const Orientation& o = r.orientation;
  return {{"id", o.id},
          {"person_id", r.person_id},
          {"decided_on", FormatIsoDate(o.decided_on)},
          {"decided_by", DecisionMakerCode(o.decided_by)},
          {"parcours", ParcoursCode(o.parcours)},
          {"parcours_label", ParcoursLabel(o.parcours)},
          {"structure_id", o.structure_id},
          {"structure_name", r.structure_name},
          {"drees_category", DreesCategoryCode(r.structure_category)},
          {"reason", OptText(o.reason)},
          {"criteria", app::CriteriaToJson(o.criteria)},
          {"is_reorientation", r.is_reorientation},
          {"previous_orientation_id", OptId(o.previous_orientation_id)},
          {"created_at", IsoOrEmpty(r.created_at)}};
}

nlohmann::json ReorientationRequestJson(const app::ReorientationRequestRecord& r) {
  return {{"id", r.id},
          {"person_id", r.person_id},
          {"orientation_id", r.orientation_id},
          {"requested_by", OptId(r.requested_by)},
          {"requested_on", FormatIsoDate(r.requested_on)},
          {"motive", r.motive},
          {"proposed_parcours", ParcoursCode(r.proposed_parcours)},
          {"proposed_structure_id", OptId(r.proposed_structure_id)},
          {"status", ReorientationStatusCode(r.status)},
          {"decided_by", OptId(r.decided_by)},
          {"decided_on", r.decided_on ? nlohmann::json(FormatIsoDate(*r.decided_on))
                                      : nlohmann::json(nullptr)},
          {"decision_reason", OptText(r.decision_reason)},
          {"resulting_orientation_id", OptId(r.resulting_orientation_id)},
          {"version", r.version}};
}

void RegisterOrientationApi(Router& router) {
  router.Get("/api/v1/beneficiaries/{id}/orientations", Access::kApi, List);
  router.Post("/api/v1/beneficiaries/{id}/orientations", Access::kApi, Create);
  router.Post("/api/v1/beneficiaries/{id}/reorientation-requests", Access::kApi, CreateRequest);
  router.Get("/api/v1/reorientation-requests", Access::kApi, ListRequests);
  router.Post("/api/v1/reorientation-requests/{id}/decision", Access::kApi, Decide);
}

}  // namespace pacte::web
