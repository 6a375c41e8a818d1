#include "web/api/v1/prescriptions_api.hpp"

#include "app/policies/offer_policy.hpp"
#include "app/prescriptions/prescriptions.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/json_body.hpp"
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

// A number of the body as the text the domain validates ("" when absent or null).
std::string NumberText(const nlohmann::json& body, const std::string& name) {
  auto it = body.find(name);
  if (it == body.end() || it->is_null()) return "";
  if (it->is_number()) return it->dump();
  if (it->is_string()) return it->get<std::string>();
  return "?";
}

HttpResponse List(RequestContext& ctx) {
  const auto params = ctx.req.QueryParams();
  QueryReader reader(params, {"beneficiary_id", "box", "status"});
  app::PrescriptionListQuery q;
  q.person_id = reader.PositiveInt("beneficiary_id");
  q.box = reader.Code("box", ParseBox, "Boîte inconnue (recues, envoyees ou toutes).");
  q.status = reader.Code("status", ParsePrescriptionStatus, "Statut de prescription inconnu.");
  auto page = reader.Page();
  if (auto ok = reader.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto list = app::ListPrescriptions(ctx.services.store, ctx.services.clock, ctx.Who(), q, page);
  if (!list) return ProblemResponse(list.error(), ctx.req.path);
  return HttpResponse::Json(ListJson(list->page, PrescriptionApiJson));
}

HttpResponse Create(RequestContext& ctx) {
  if (auto ok = app::Authorize(ctx.Who(), app::OfferAction::kPrescribe); !ok) {
    return ProblemResponse(ok.error(), ctx.req.path);
  }
  auto body = ParseJsonObject(ctx.req);
  if (!body) return ProblemResponse(body.error(), ctx.req.path);
  JsonFields fields(*body, {"beneficiary_id", "action_id", "session_id", "message",
                            "weekly_hours", "weeks"});
  app::PrescriptionRequest in;
  in.person_id = fields.Int("beneficiary_id", true).value_or(0);
  in.action_id = fields.Int("action_id", true);
  in.session_id = fields.Int("session_id");
  in.draft.message = fields.String("message").value_or("");
  in.draft.weekly_hours = NumberText(*body, "weekly_hours");
  in.draft.weeks = NumberText(*body, "weeks");
  if (auto ok = fields.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto created = app::CreatePrescription(ctx.services.store, ctx.services.clock, ctx.Who(), in);
  if (!created) return ProblemResponse(created.error(), ctx.req.path);
  auto r = HttpResponse::Json(PrescriptionApiJson(*created), 201);
  r.Set("Location", "/api/v1/prescriptions/" + std::to_string(created->id));
  return r;
}

HttpResponse Get(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto d = app::GetPrescription(ctx.services.store, ctx.services.clock, ctx.Who(), *id);
  if (!d) return ProblemResponse(d.error(), ctx.req.path);
  nlohmann::json out = PrescriptionApiJson(d->prescription);
  nlohmann::json events = nlohmann::json::array();
  for (const auto& e : d->events) {
    events.push_back({{"status", e.status},
                      {"at", FormatIsoTimestamp(e.at)},
                      {"agent_id", e.agent_id ? nlohmann::json(*e.agent_id) : nlohmann::json()},
                      {"reason", e.reason ? nlohmann::json(*e.reason) : nlohmann::json()},
                      {"outcome", e.outcome ? nlohmann::json(*e.outcome) : nlohmann::json()},
                      {"comment", e.comment}});
  }
  out["events"] = events;
  out["beneficiary"] = {
      {"first_name", d->prescription.person_first_name},
      {"last_name", d->prescription.person_last_name},
      {"email", d->contact.email ? nlohmann::json(*d->contact.email) : nlohmann::json()},
      {"phone", d->contact.phone ? nlohmann::json(*d->contact.phone) : nlohmann::json()},
      {"referent_name", d->contact.referent_name},
      {"referent_email",
       d->contact.referent_email ? nlohmann::json(*d->contact.referent_email) : nlohmann::json()}};
  return HttpResponse::Json(out);
}

HttpResponse Patch(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  if (auto ok = app::CheckAnswerPrescription(ctx.services.store, ctx.Who(), *id); !ok) {
    return ProblemResponse(ok.error(), ctx.req.path);
  }
  auto body = ParseJsonObject(ctx.req);
  if (!body) return ProblemResponse(body.error(), ctx.req.path);
  JsonFields fields(*body, {"status", "reason", "reason_detail", "outcome", "on", "version"});
  PrescriptionChange c;
  c.status = fields.String("status", true).value_or("");
  c.reason = fields.String("reason").value_or("");
  c.reason_detail = fields.String("reason_detail").value_or("");
  c.outcome = fields.String("outcome").value_or("");
  c.on = fields.String("on").value_or("");
  auto version = fields.Int("version");
  if (auto ok = fields.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto done = app::ChangePrescriptionStatus(ctx.services.store, ctx.services.clock, ctx.Who(),
                                            *id, version, c);
  if (!done) return ProblemResponse(done.error(), ctx.req.path);
  return HttpResponse::Json(PrescriptionApiJson(*done));
}

}  // namespace

void RegisterPrescriptionApi(Router& router) {
  router.Get("/api/v1/prescriptions", Access::kApi, List);
  router.Post("/api/v1/prescriptions", Access::kApi, Create);
  router.Get("/api/v1/prescriptions/{id}", Access::kApi, Get);
  router.Add("PATCH", "/api/v1/prescriptions/{id}", Access::kApi, Patch);
}

}  // namespace pacte::web
