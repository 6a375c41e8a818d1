#include "web/api/v1/actions_api.hpp"

#include "app/catalogue/catalogue.hpp"
#include "app/policies/offer_policy.hpp"
#include "web/api/v1/action_body.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/json_body.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

HttpResponse Fail(RequestContext& ctx, const Error& e) { return ProblemResponse(e, ctx.req.path); }

HttpResponse Detail(RequestContext& ctx, std::int64_t id, int status) {
  auto d = app::GetAction(ctx.services.store, ctx.services.clock, ctx.Who(), id);
  if (!d) return Fail(ctx, d.error());
  auto r = HttpResponse::Json(ActionDetailJson(*d), status);
  if (status == 201) r.Set("Location", "/api/v1/actions/" + std::to_string(id));
  return r;
}

HttpResponse Create(RequestContext& ctx) {
  if (auto ok = app::Authorize(ctx.Who(), app::OfferAction::kManageAction); !ok) {
    return Fail(ctx, ok.error());
  }
  auto body = ParseJsonObject(ctx.req);
  if (!body) return Fail(ctx, body.error());
  auto read = ReadActionBody(*body, false);
  if (!read) return Fail(ctx, read.error());
  ActionFields fields;
  if (read->edit) read->edit(fields);
  auto created = app::CreateAction(ctx.services.store, ctx.services.clock, ctx.Who(),
                                   ctx.services.settings.di_source, read->structure_id, fields);
  if (!created) return Fail(ctx, created.error());
  return Detail(ctx, created->id, 201);
}

HttpResponse Get(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  return Detail(ctx, *id, 200);
}

HttpResponse Patch(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto& store = ctx.services.store;
  if (auto ok = app::CheckActionManagement(store, ctx.Who(), *id); !ok) {
    return Fail(ctx, ok.error());
  }
  auto body = ParseJsonObject(ctx.req);
  if (!body) return Fail(ctx, body.error());
  auto read = ReadActionBody(*body, true);
  if (!read) return Fail(ctx, read.error());
  auto saved = app::ChangeAction(store, ctx.services.clock, ctx.Who(), *id, *read->version,
                                 read->edit, read->status);
  if (!saved) return Fail(ctx, saved.error());
  return Detail(ctx, *id, 200);
}

HttpResponse ListSessions(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto sessions = app::ListActionSessions(ctx.services.store, ctx.Who(), *id);
  if (!sessions) return Fail(ctx, sessions.error());
  nlohmann::json items = nlohmann::json::array();
  for (const auto& s : *sessions) items.push_back(SessionJson(s));
  const auto total = static_cast<std::int64_t>(items.size());
  return HttpResponse::Json({{"items", std::move(items)},
                             {"page", 1},
                             {"page_size", std::max<std::int64_t>(total, 1)},
                             {"total", total}});
}

HttpResponse AddSession(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto& store = ctx.services.store;
  if (auto ok = app::CheckActionManagement(store, ctx.Who(), *id); !ok) {
    return Fail(ctx, ok.error());
  }
  auto body = ParseJsonObject(ctx.req);
  if (!body) return Fail(ctx, body.error());
  auto input = ReadSessionBody(*body);
  if (!input) return Fail(ctx, input.error());
  auto created = app::AddSession(store, ctx.services.clock, ctx.Who(), *id, *input);
  if (!created) return Fail(ctx, created.error());
  auto r = HttpResponse::Json(SessionJson(*created), 201);
  r.Set("Location", "/api/v1/actions/" + std::to_string(*id) + "/sessions");
  return r;
}

}  // namespace

void RegisterActionApi(Router& router) {
  router.Post("/api/v1/actions", Access::kApi, Create);
  router.Get("/api/v1/actions/{id}", Access::kApi, Get);
  router.Add("PATCH", "/api/v1/actions/{id}", Access::kApi, Patch);
  router.Get("/api/v1/actions/{id}/sessions", Access::kApi, ListSessions);
  router.Post("/api/v1/actions/{id}/sessions", Access::kApi, AddSession);
}

}  // namespace pacte::web
