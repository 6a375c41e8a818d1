#include "web/api/v1/exits_api.hpp"

#include "app/parcours/person_access.hpp"
#include "app/exits/exits.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/json_body.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

HttpResponse Exit(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  if (auto ok = app::CheckPersonAction(ctx.services.store, ctx.Who(), *id,
                                       app::PersonAction::kEdit);
      !ok) {
    return ProblemResponse(ok.error(), ctx.req.path);
  }
  auto body = ParseJsonObject(ctx.req);
  if (!body) return ProblemResponse(body.error(), ctx.req.path);
  JsonFields fields(*body, {"exited_on", "reason", "comment"});
  app::ExitRequest request;
  request.draft.exited_on = fields.String("exited_on", true).value_or("");
  request.draft.reason = fields.String("reason", true).value_or("");
  request.comment = fields.String("comment").value_or("");
  if (auto ok = fields.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto done = app::RecordExit(ctx.services.store, ctx.services.clock, ctx.Who(), *id, request);
  if (!done) return ProblemResponse(done.error(), ctx.req.path);
  const auto& r = done->exit.record;
  return HttpResponse::Json(
      {{"id", done->exit.id},
       {"person_id", r.person_id},
       {"exited_on", FormatIsoDate(r.exited_on)},
       {"reason", ExitReasonCode(r.reason)},
       {"reason_label", ExitReasonLabel(r.reason)},
       {"comment", r.comment ? nlohmann::json(*r.comment) : nlohmann::json()},
       {"cancelled_appointments", done->cancelled_appointments}},
      201);
}

HttpResponse Review(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  if (auto ok = app::CheckPersonAction(ctx.services.store, ctx.Who(), *id,
                                       app::PersonAction::kEdit);
      !ok) {
    return ProblemResponse(ok.error(), ctx.req.path);
  }
  auto body = ParseJsonObject(ctx.req);
  if (!body) return ProblemResponse(body.error(), ctx.req.path);
  JsonFields fields(*body, {"reviewed_on", "kind", "outcome"});
  ReviewDraft d;
  d.reviewed_on = fields.String("reviewed_on", true).value_or("");
  d.kind = fields.String("kind", true).value_or("");
  d.outcome = fields.String("outcome").value_or("");
  if (auto ok = fields.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto done = app::RecordReview(ctx.services.store, ctx.services.clock, ctx.Who(), *id, d);
  if (!done) return ProblemResponse(done.error(), ctx.req.path);
  const auto& f = done->record.fields;
  return HttpResponse::Json({{"id", done->id},
                             {"person_id", done->record.person_id},
                             {"reviewed_on", FormatIsoDate(f.reviewed_on)},
                             {"kind", ReviewKindCode(f.kind)},
                             {"kind_label", ReviewKindLabel(f.kind)},
                             {"outcome", f.outcome ? nlohmann::json(*f.outcome) : nlohmann::json()}},
                            201);
}

}  // namespace

void RegisterExitApi(Router& router) {
  router.Post("/api/v1/beneficiaries/{id}/exit", Access::kApi, Exit);
  router.Post("/api/v1/beneficiaries/{id}/reviews", Access::kApi, Review);
}

}  // namespace pacte::web
